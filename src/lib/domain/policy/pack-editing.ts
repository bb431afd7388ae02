import type { LocalizedText } from '../content/text.ts';
import type { HelpDesk, Override, PolicyPack } from '../formats/policy-pack.ts';

/** The editor's fields for one help desk: one text per language is optional, the rest plain text. */
export interface HelpDeskFields {
	nameJa: string;
	nameEn: string;
	phone: string;
	email: string;
	url: string;
	hoursJa: string;
	hoursEn: string;
}

export const emptyHelpDesk = (): HelpDeskFields => ({
	nameJa: '',
	nameEn: '',
	phone: '',
	email: '',
	url: '',
	hoursJa: '',
	hoursEn: ''
});

/** Japanese first; English falls back to it, so an admin may write one language only. */
export function bilingual(ja: string, en: string): LocalizedText {
	return { ja: ja.trim(), en: en.trim() || ja.trim() };
}

export function helpDeskFields(desk: HelpDesk): HelpDeskFields {
	return {
		nameJa: desk.name.ja,
		nameEn: desk.name.en === desk.name.ja ? '' : desk.name.en,
		phone: desk.phone ?? '',
		email: desk.email ?? '',
		url: desk.url ?? '',
		hoursJa: desk.hours?.ja ?? '',
		hoursEn: desk.hours && desk.hours.en !== desk.hours.ja ? desk.hours.en : ''
	};
}

export function helpDeskFrom(fields: HelpDeskFields): HelpDesk {
	const optional = (value: string) => value.trim() || undefined;
	const hours = fields.hoursJa.trim() ? bilingual(fields.hoursJa, fields.hoursEn) : undefined;
	return {
		name: bilingual(fields.nameJa, fields.nameEn),
		...(optional(fields.phone) ? { phone: fields.phone.trim() } : {}),
		...(optional(fields.email) ? { email: fields.email.trim() } : {}),
		...(optional(fields.url) ? { url: fields.url.trim() } : {}),
		...(hours ? { hours } : {})
	};
}

/** The overrides with one item set to `value`, or back to its usual tier when `value` is absent. */
export function withOverride(
	overrides: PolicyPack['overrides'],
	itemId: string,
	value: Override | undefined
): PolicyPack['overrides'] {
	const next = Object.fromEntries(Object.entries(overrides).filter(([id]) => id !== itemId));
	return value ? { ...next, [itemId]: value } : next;
}

/** The editor's fields for the rules people acknowledge and the organisation-wide check date. */
export interface RulesFields {
	rulesJa: string;
	rulesEn: string;
	attestationDate: string;
}

export function rulesFields(pack: PolicyPack | undefined): RulesFields {
	const text = pack?.rules?.text;
	return {
		rulesJa: text?.ja ?? '',
		rulesEn: text && text.en !== text.ja ? text.en : '',
		attestationDate: pack?.attestationDate ?? ''
	};
}

/**
 * The pack with these rules and check date (empty fields remove them). Rules whose text changed
 * get the pack's version for now; publishing gives them their real one (`publishDraft`).
 */
export function withRulesFields(pack: PolicyPack, fields: RulesFields): PolicyPack {
	const next: PolicyPack = { ...pack };
	delete next.rules;
	delete next.attestationDate;
	if (fields.rulesJa.trim()) {
		const text = bilingual(fields.rulesJa, fields.rulesEn);
		const same = pack.rules?.text.ja === text.ja && pack.rules.text.en === text.en;
		next.rules = { text, version: same ? pack.rules!.version : pack.packVersion };
	}
	if (fields.attestationDate.trim()) next.attestationDate = fields.attestationDate.trim();
	return next;
}

/** A key on the admin's device, as the editor needs it: its public key and when it came. */
export interface KeyOnDevice {
	recipient: string;
	addedAt: string;
}

/**
 * How the draft's public key stands with the keys on this device (oldest first, the last is the
 * current one): no key anywhere, none in the draft, the current key, an older key kept here
 * (summaries made for it still open here), or a key this device cannot open summaries with.
 */
export type RecipientStatus =
	| { kind: 'no-key' }
	| { kind: 'off' }
	| { kind: 'current' }
	| { kind: 'older'; addedAt: string }
	| { kind: 'elsewhere' };

export function recipientStatus(
	recipient: string | undefined,
	keys: readonly KeyOnDevice[]
): RecipientStatus {
	if (recipient === undefined) return keys.length > 0 ? { kind: 'off' } : { kind: 'no-key' };
	if (keys.at(-1)?.recipient === recipient) return { kind: 'current' };
	const older = keys.find((key) => key.recipient === recipient);
	return older ? { kind: 'older', addedAt: older.addedAt } : { kind: 'elsewhere' };
}

/** The pack encrypting summaries to `recipient`, or to no one (the field absent) when undefined. */
export function withRecipient(pack: PolicyPack, recipient: string | undefined): PolicyPack {
	const next: PolicyPack = { ...pack };
	delete next.recipient;
	return recipient === undefined ? next : { ...next, recipient };
}
