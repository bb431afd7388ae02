import type { AnswerStatus } from '../content/vocabulary.ts';

/** One answer: an item and its status, from a device summary or the admin's or owner's own list. */
export interface ItemAnswer {
	itemId: string;
	status: AnswerStatus;
}

/** All the answers of one device summary, or of the admin's or owner's own list. */
export type AnswerSet = readonly ItemAnswer[];

/**
 * What the statuses of some items say, not-applicable ones left out: how many are done, not done
 * (not yet, or a waiver: an accepted gap, whether or not it has expired) and not known.
 */
export interface StatusCounts {
	done: number;
	notDone: number;
	unknown: number;
}

const KIND: Record<AnswerStatus, keyof StatusCounts | undefined> = {
	done: 'done',
	'not-yet': 'notDone',
	waiver: 'notDone',
	unknown: 'unknown',
	'not-applicable': undefined
};

/** Counts the statuses `set` gives the items in `itemIds` (unanswered ones count nowhere). */
export function countStatuses(set: AnswerSet, itemIds: ReadonlySet<string>): StatusCounts {
	const counts: StatusCounts = { done: 0, notDone: 0, unknown: 0 };
	for (const answer of set) {
		const kind = itemIds.has(answer.itemId) ? KIND[answer.status] : undefined;
		if (kind) counts[kind] += 1;
	}
	return counts;
}

export function addCounts(a: StatusCounts, b: StatusCounts): StatusCounts {
	return { done: a.done + b.done, notDone: a.notDone + b.notDone, unknown: a.unknown + b.unknown };
}
