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
