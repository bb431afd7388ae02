import type { Answer } from './answer';
import type { Category } from '../content/file-schemas';
import type { Item } from '../content/item-schema';
import { TIERS, type Tier } from '../content/vocabulary';

/** How many of the items are done. Not-applicable items leave the total. */
export function sectionProgress(
	items: readonly Item[],
	answers: Readonly<Record<string, Answer | undefined>>
): { done: number; total: number } {
	const applicable = items.filter((i) => answers[i.id]?.status !== 'not-applicable');
	return {
		done: applicable.filter((i) => answers[i.id]?.status === 'done').length,
		total: applicable.length
	};
}

/** The progress of one tier of `list` (all of it, whatever a filter shows). */
export function tierProgress(
	list: readonly { item: Item; tier: Tier }[],
	tier: Tier,
	answers: Readonly<Record<string, Answer | undefined>>
): { done: number; total: number } {
	return sectionProgress(
		list.filter((entry) => entry.tier === tier).map((entry) => entry.item),
		answers
	);
}

export interface ListFilter {
	onlyOpen: boolean;
	category: string;
	query: string;
	sortByEffort: boolean;
}

/** Applies the list filters; search looks at both languages so it works whatever the UI shows. */
export function filterChecklist<T extends { item: Item }>(
	list: readonly T[],
	answers: Readonly<Record<string, Answer | undefined>>,
	filter: ListFilter
): T[] {
	const query = filter.query.trim().toLowerCase();
	const open = (id: string) => {
		const status = answers[id]?.status;
		return status !== 'done' && status !== 'not-applicable' && status !== 'waiver';
	};
	const kept = list.filter(
		({ item }) =>
			(!filter.onlyOpen || open(item.id)) &&
			(!filter.category || item.category === filter.category) &&
			(!query ||
				[item.title.ja, item.title.en, item.why.ja, item.why.en].some((text) =>
					text.toLowerCase().includes(query)
				))
	);
	// A stable sort keeps MUST before SHOULD only where efforts tie; quick wins come first.
	return filter.sortByEffort
		? [...kept].sort((a, b) => a.item.effortMinutes - b.item.effortMinutes)
		: kept;
}

export interface TierGroup<T> {
	tier: Tier;
	groups: { category: Category; entries: T[] }[];
	entries: T[];
}

/** Groups resolved items by tier, then category (in category order). */
export function groupByTier<T extends { item: Item; tier: Tier }>(
	list: readonly T[],
	categories: readonly Category[]
): TierGroup<T>[] {
	return TIERS.map((tier) => {
		const entries = list.filter((r) => r.tier === tier);
		const groups = categories
			.map((category) => ({
				category,
				entries: entries.filter((r) => r.item.category === category.id)
			}))
			.filter((g) => g.entries.length > 0);
		return { tier, groups, entries };
	}).filter((t) => t.entries.length > 0);
}

/** The entries in the order `groupByTier` lays them out: MUST then SHOULD, by category. */
export function inShownOrder<T>(sections: readonly TierGroup<T>[]): T[] {
	return sections.flatMap((section) => section.groups.flatMap((group) => group.entries));
}

/** The categories that hold at least one item of `list`, in category order (for a filter). */
export function categoriesIn(
	list: readonly { item: Item }[],
	categories: readonly Category[]
): Category[] {
	const used = new Set(list.map(({ item }) => item.category));
	return categories.filter((category) => used.has(category.id));
}
