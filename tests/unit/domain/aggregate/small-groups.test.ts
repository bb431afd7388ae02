import { fc, test } from '@fast-check/vitest';
import Papa from 'papaparse';
import { describe, expect } from 'vitest';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { breakdownsCsv, itemsCsv } from '$lib/domain/aggregate/report-csv';
import { classifySummaries } from '$lib/domain/formats/import-summaries';
import { DEPARTMENTS, packArbitrary, summaryArbitrary } from './arbitraries';
import { NOW, content } from './test-content';

const PARTITIONS = {
	ownership: (c: { ownership: string }) => c.ownership,
	deviceType: (c: { deviceType: string }) => c.deviceType,
	os: (c: { os: string }) => c.os
};

describe('small groups', () => {
	test.prop([fc.array(summaryArbitrary, { maxLength: 40 }), packArbitrary], { numRuns: 50 })(
		'never appear in the report, the JSON or the CSV, nor follow from the total',
		(summaries, pack) => {
			const aggregator = createAggregator({ content, pack, now: NOW });
			for (const s of summaries) aggregator.add(s);
			const report = aggregator.result();
			const k = pack.minGroupSize;
			const files = summaries.map((value) => ({
				fileName: 'f',
				result: { ok: true as const, value }
			}));
			const kept = classifySummaries([], files).flatMap((o) =>
				o.kind === 'accepted' ? [o.summary] : []
			);

			for (const { dimension, groups } of report.breakdowns) {
				for (const group of groups) expect(group.profiles, dimension).toBeGreaterThanOrEqual(k);
				if (dimension in PARTITIONS || dimension === 'department') {
					const hidden = kept.length - groups.reduce((sum, g) => sum + g.profiles, 0);
					// With nothing shown the hidden ones are the whole organisation: nothing to subtract.
					const safe = groups.length === 0 || hidden === 0 || hidden >= k;
					expect(safe, `${dimension}: ${hidden} hidden`).toBe(true);
				}
			}

			const json = JSON.stringify(report);
			const cells = [itemsCsv(report, 'ja'), itemsCsv(report, 'en'), breakdownsCsv(report)].flatMap(
				(csv) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.flat()
			);
			for (const department of DEPARTMENTS) {
				const members = kept.filter((s) => s.respondent.department === department).length;
				if (members === 0 || members >= k) continue;
				expect(json).not.toContain(JSON.stringify(department).slice(1, -1));
				expect(cells).not.toContain(department);
				expect(cells).not.toContain(`'${department}`);
			}
			for (const [dimension, valueOf] of Object.entries(PARTITIONS)) {
				const shown = report.breakdowns.find((b) => b.dimension === dimension)!.groups;
				for (const group of shown) {
					const members = kept.filter((s) => valueOf(s.profile.context) === group.value);
					expect(members.length).toBe(group.profiles);
				}
			}
		}
	);
});
