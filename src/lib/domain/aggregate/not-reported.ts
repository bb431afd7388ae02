import { compareText } from './compare-text.ts';
import type { ProfileRecord } from './profile-record.ts';
import type { AggregateReport } from './report-schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Respondents whose newest summary (over all their devices) is `recheckDays` days old or older,
 * as an answer is due after that long: the people to remind. Longest silent first.
 */
export function notReportedRecently(
	records: readonly ProfileRecord[],
	now: Date,
	recheckDays: number
): AggregateReport['notReportedRecently'] {
	const latest = new Map<string, { lastReportedAt: string; time: number }>();
	for (const { respondentId, createdAt } of records) {
		const time = Date.parse(createdAt);
		const seen = latest.get(respondentId);
		if (!seen || time > seen.time) latest.set(respondentId, { lastReportedAt: createdAt, time });
	}
	return [...latest]
		.filter(([, { time }]) => now.getTime() - time >= recheckDays * DAY_MS)
		.sort(([a, at], [b, bt]) => at.time - bt.time || compareText(a, b))
		.map(([respondentId, { lastReportedAt }]) => ({ respondentId, lastReportedAt }));
}
