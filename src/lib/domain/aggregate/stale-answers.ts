import { OUTCOME_CODE } from './answer-outcome.ts';
import { compareText } from './compare-text.ts';
import type { ProfileRecord } from './profile-record.ts';
import type { ItemRow, StaleAnswers } from './report-schema.ts';

const STALE = new Set([OUTCOME_CODE.changed, OUTCOME_CODE.due]);

/**
 * Answers that no longer hold: the item changed since (`changed`) or the re-check interval or
 * waiver ran out (`due`). Per item from the item rows; most stale first.
 */
export function staleAnswers(
	records: readonly ProfileRecord[],
	rows: readonly ItemRow[]
): StaleAnswers {
	const items = rows
		.filter((r) => r.counts.changed + r.counts.due > 0)
		.map((r) => ({ itemId: r.itemId, changed: r.counts.changed, due: r.counts.due }))
		.sort((a, b) => b.changed + b.due - (a.changed + a.due) || compareText(a.itemId, b.itemId));
	return {
		profiles: records.filter((r) => r.outcomes.some((code) => STALE.has(code))).length,
		changed: items.reduce((sum, i) => sum + i.changed, 0),
		due: items.reduce((sum, i) => sum + i.due, 0),
		items
	};
}
