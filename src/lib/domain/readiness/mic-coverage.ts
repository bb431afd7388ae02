import type { MicCategory } from '../content/crosswalk-schema.ts';
import { percentOf } from '../aggregate/percent.ts';
import { addCounts, countStatuses, type AnswerSet, type StatusCounts } from './answer-set.ts';

/** One guideline category: what the answers to its items say, over every answer set. */
export interface CategoryCoverage {
	categoryId: string;
	items: number;
	counts: StatusCounts;
	/** Done over answered (not applicable left out), floored to one decimal; null if none answered. */
	donePercent: number | null;
}

const NONE: StatusCounts = { done: 0, notDone: 0, unknown: 0 };

/** How far each MIC guideline category's measures are done, by the answers to its items. */
export function micCoverage(
	categories: readonly MicCategory[],
	sets: readonly AnswerSet[]
): CategoryCoverage[] {
	return categories.map((category) => {
		const ids = new Set(category.items);
		const counts = sets.map((set) => countStatuses(set, ids)).reduce(addCounts, NONE);
		const answered = counts.done + counts.notDone + counts.unknown;
		return {
			categoryId: category.id,
			items: ids.size,
			counts,
			donePercent: answered === 0 ? null : percentOf(counts.done, answered)
		};
	});
}
