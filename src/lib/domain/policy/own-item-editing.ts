import type { Role, Threat, Tier } from '../content/vocabulary.ts';
import type { OrgItem } from '../formats/policy-pack.ts';

/** The editor's fields for one of the organisation's own items; steps are one per line. */
export interface OwnItemFields {
	id: string;
	titleJa: string;
	titleEn: string;
	whyJa: string;
	whyEn: string;
	stepsJa: string;
	stepsEn: string;
	category: string;
	tier: Tier;
	roles: Role[];
	threats: Threat[];
	effortMinutes: number;
	sourceTitle: string;
	sourceUrl: string;
}

/** Own items get ids of their own, never made from a title, so that answers survive a rename. */
export function newOwnItemId(randomHex: string): string {
	return `org-${randomHex.toLowerCase()}`;
}

export function emptyOwnItem(id: string, category: string): OwnItemFields {
	return {
		id,
		titleJa: '',
		titleEn: '',
		whyJa: '',
		whyEn: '',
		stepsJa: '',
		stepsEn: '',
		category,
		tier: 'must',
		roles: ['employee'],
		threats: [],
		effortMinutes: 10,
		sourceTitle: '',
		sourceUrl: ''
	};
}

/** English left empty in the form where it only repeated the Japanese. */
const englishField = (text: { ja: string; en: string }) => (text.en === text.ja ? '' : text.en);

export function ownItemFields(item: OrgItem): OwnItemFields {
	const stepsEn = item.how.map((step) => step.en).join('\n');
	const stepsJa = item.how.map((step) => step.ja).join('\n');
	const [source] = item.sources;
	return {
		id: item.id,
		titleJa: item.title.ja,
		titleEn: englishField(item.title),
		whyJa: item.why.ja,
		whyEn: englishField(item.why),
		stepsJa,
		stepsEn: stepsEn === stepsJa ? '' : stepsEn,
		category: item.category,
		tier: item.tier,
		roles: [...item.roles],
		threats: [...item.threats],
		effortMinutes: item.effortMinutes,
		sourceTitle: source && source.title !== source.url ? source.title : '',
		sourceUrl: source?.url ?? ''
	};
}
