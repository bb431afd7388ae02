import type { Item } from '../content/item-schema.ts';
import type { PostureSummary } from '../formats/summary.ts';
import { answerFreshness, type FreshnessOptions } from '../engine/freshness.ts';
import { OUTCOMES, type Outcome } from './report-schema.ts';

export type SummaryAnswer = PostureSummary['answers'][number];

/** Outcomes by their index in OUTCOMES: records keep one byte per item. */
export const OUTCOME_CODE = Object.fromEntries(OUTCOMES.map((o, i) => [o, i])) as Record<
	Outcome,
	number
>;

const BY_STATUS: Record<SummaryAnswer['status'], Outcome> = {
	done: 'done',
	'not-yet': 'notYet',
	unknown: 'unknown',
	'not-applicable': 'notApplicable',
	waiver: 'waived'
};

/**
 * The answer as computePosture reads it: a stale settled answer (changed or due) is not what it
 * says. (An applicable item with no answer is `unanswered`: open, like "not yet".)
 */
export function answerOutcome(
	answer: SummaryAnswer,
	item: Pick<Item, 'recheckDays' | 'updatedIn'>,
	now: Date,
	options: FreshnessOptions
): Outcome {
	const freshness = answerFreshness(answer, item, now, options);
	return freshness === 'fresh' ? BY_STATUS[answer.status] : freshness;
}
