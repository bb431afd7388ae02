import type { Answer } from './answer';
import type { Content } from './content/compile';
import type { Category } from './content/file-schemas';
import type { Item } from './content/item-schema';
import { TIERS, type Role, type Tier } from './content/vocabulary';

export interface CategoryGroup {
	category: Category;
	items: Item[];
}

export interface TierSection {
	tier: Tier;
	groups: CategoryGroup[];
	total: number;
}

/** The items for a role: MUST before SHOULD, then by category order, then by content order. */
export function checklistFor(content: Content, role: Role): TierSection[] {
	const items = content.items.filter((item) => item.roles.includes(role));
	return TIERS.map((tier) => {
		const inTier = items.filter((item) => item.tier === tier);
		const groups = content.categories
			.map((category) => ({
				category,
				items: inTier.filter((item) => item.category === category.id)
			}))
			.filter((group) => group.items.length > 0);
		return { tier, groups, total: inTier.length };
	}).filter((section) => section.total > 0);
}

/** How many items of a section are done. Not-applicable items leave the total. */
export function sectionProgress(
	section: TierSection,
	answers: Readonly<Record<string, Answer | undefined>>
): { done: number; total: number } {
	const items = section.groups.flatMap((g) => g.items);
	const applicable = items.filter((i) => answers[i.id]?.status !== 'not-applicable');
	return {
		done: applicable.filter((i) => answers[i.id]?.status === 'done').length,
		total: applicable.length
	};
}
