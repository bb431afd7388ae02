import type { AggregateReport, ItemRow } from './report-schema.ts';
import type { Item, Step } from '../content/item-schema.ts';

/** Where the organisation stands, in one word the page turns into a plain sentence. */
export const STANDINGS = ['all-must-done', 'most', 'half', 'few'] as const;
export type Standing = (typeof STANDINGS)[number];

export function standingOf(report: AggregateReport): Standing {
	const percent = report.mustCoverage.allDonePercent;
	if (percent >= 100) return 'all-must-done';
	if (percent >= 80) return 'most';
	if (percent >= 50) return 'half';
	return 'few';
}

/** One gap to close: the item, how many devices it leaves open and who moves it forward. */
export interface NextStep {
	row: ItemRow;
	/** The first steps of the item's own "how to" (the checklist has the rest). */
	steps: Step[];
	/** People who said "not yet": they act, with the steps. */
	notYet: number;
	/** "Don't know", never answered, or an answer to re-check: the admin explains or asks. */
	toClarify: number;
	/** Whether the item is for IT or the owner themselves rather than for each employee. */
	forManagement: boolean;
}

const FIRST_STEPS = 3;

/**
 * The gaps that matter most: MUST before SHOULD, then the most devices left open (an item open
 * on 50 devices comes before one open on the only 2 it applies to), then the report's order.
 */
export function nextSteps(
	report: AggregateReport,
	itemById: ReadonlyMap<string, Pick<Item, 'how' | 'roles'>>,
	limit = 3
): NextStep[] {
	const rank = (row: ItemRow) => (row.tier === 'must' ? 0 : 1);
	return report.items
		.filter((row) => row.open > 0)
		.map((row, order) => ({ row, order }))
		.sort((a, b) => rank(a.row) - rank(b.row) || b.row.open - a.row.open || a.order - b.order)
		.slice(0, limit)
		.map(({ row }) => row)
		.map((row) => {
			const item = itemById.get(row.itemId);
			const { notYet, unknown, changed, due, unanswered } = row.counts;
			return {
				row,
				steps: item?.how.slice(0, FIRST_STEPS) ?? [],
				notYet,
				toClarify: unknown + changed + due + unanswered,
				forManagement: item ? !item.roles.includes('employee') : false
			};
		});
}
