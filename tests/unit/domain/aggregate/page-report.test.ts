import { expect, test } from 'vitest';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { packReport, unpackReport } from '$lib/domain/aggregate/page-report';
import { loadContent } from '$lib/node/read-checklists';
import { handCountedSummaries } from '../../../fixtures/aggregate/hand-counted';

const NOW = new Date('2026-11-24T09:30:00.000Z');

test('the report reaches the page whole: who to ask travels as numbers into one list of devices and reads back as the same lists', async () => {
	const content = await loadContent('checklists');
	const aggregator = createAggregator({ content, now: NOW });
	for (const summary of handCountedSummaries(content, NOW))
		aggregator.add(summary, NOW.toISOString());
	const report = aggregator.result();
	const packed = packReport(report);
	expect(JSON.stringify(packed.items)).not.toContain('"notYet":[');
	// Each device named in any list travels once.
	const named = new Set(report.items.flatMap((row) => Object.values(row.drillDown).flat()));
	expect(named.size).toBeGreaterThan(0);
	expect(packed.profileKeys.split('\n').sort()).toEqual([...named].sort());
	const unpacked = unpackReport(packed);
	// The JSON export writes the unpacked report: it must be the aggregate format, unchanged.
	expect(JSON.parse(JSON.stringify(unpacked))).toEqual(JSON.parse(JSON.stringify(report)));
	const open = report.items.find((row) => row.drillDown.notYet.length > 0)!;
	const same = unpacked.items.find((row) => row.itemId === open.itemId)!;
	expect(same.drillDown.notYet).toEqual(open.drillDown.notYet);
	expect(same.drillDown.unknown).toEqual(open.drillDown.unknown);
});
