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
