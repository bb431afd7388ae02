import { percentOf } from './percent.ts';
import type { ProfileRecord } from './profile-record.ts';
import { MUST_BUCKETS, type AggregateReport } from './report-schema.ts';

export function mustAllDone(record: ProfileRecord): boolean {
	return record.mustDone === record.mustCounted;
}

/** How far each device profile is with its MUST items, as a posture shows it (floored percent). */
export function mustCoverage(records: readonly ProfileRecord[]): AggregateReport['mustCoverage'] {
	const buckets = MUST_BUCKETS.map(([fromPercent, toPercent]) => ({
		fromPercent,
		toPercent,
		profiles: 0
	}));
	let allDone = 0;
	for (const record of records) {
		if (mustAllDone(record)) allDone += 1;
		const { mustDone: done, mustCounted: counted } = record;
		const percent = counted === 0 ? 100 : Math.floor((done * 100) / counted);
		buckets.find((b) => percent >= b.fromPercent && percent <= b.toPercent)!.profiles += 1;
	}
	return { allDone, allDonePercent: percentOf(allDone, records.length), buckets };
}
