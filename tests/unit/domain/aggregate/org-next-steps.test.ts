import { describe, expect, it } from 'vitest';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { compileContent } from '$lib/domain/content/compile';
import { nextSteps, standingOf } from '$lib/domain/aggregate/org-next-steps';
import { readChecklistFiles } from '$lib/node/read-checklists';
import { syntheticSummaries } from '../../../fixtures/aggregate/synthetic';

const compiled = compileContent(await readChecklistFiles('checklists'));
if (!compiled.ok) throw new Error('the checklist content does not compile');
const content = compiled.content;
const now = new Date('2026-11-24T12:00:00Z');

function reportOf(count: number) {
	const aggregator = createAggregator({ content, now });
	for (const summary of syntheticSummaries({ content, count, now, seed: 7 })) {
		aggregator.add(summary);
	}
	return aggregator.result();
}

describe('the next three steps', () => {
	const report = reportOf(60);
	const items = new Map(content.items.map((item) => [item.id, item]));

	it('are the MUST items open on the most devices, with the first steps and who acts', () => {
		const steps = nextSteps(report, items);
		expect(steps).toHaveLength(3);
		const openMust = report.items.filter((row) => row.open > 0 && row.tier === 'must');
		const most = Math.max(...openMust.map((r) => r.open));
		expect(steps[0]!.row.open).toBe(most);
		expect(steps.every((s) => s.row.tier === 'must')).toBe(true);
		for (const [a, b] of [
			[0, 1],
			[1, 2]
		] as const) {
			expect(steps[a]!.row.open).toBeGreaterThanOrEqual(steps[b]!.row.open);
		}
		const fourth = openMust.filter((r) => !steps.some((s) => s.row === r));
		expect(Math.max(...fourth.map((r) => r.open))).toBeLessThanOrEqual(steps[2]!.row.open);
		for (const step of steps) {
			const { notYet, unknown, changed, due, unanswered } = step.row.counts;
			expect(step.notYet + step.toClarify).toBe(notYet + unknown + changed + due + unanswered);
			expect(step.notYet + step.toClarify).toBe(step.row.open);
			expect(step.steps).toEqual(items.get(step.row.itemId)!.how.slice(0, 3));
		}
	});

	it('say nothing is left when every item is done', () => {
		const allDone = {
			...report,
			items: report.items.map((row) => ({ ...row, open: 0 })),
			mustCoverage: { ...report.mustCoverage, allDonePercent: 100 }
		};
		expect(nextSteps(allDone, items)).toEqual([]);
		expect(standingOf(allDone)).toBe('all-must-done');
	});

	it('word the standing from the share of devices with every MUST done', () => {
		const at = (allDonePercent: number) =>
			standingOf({ ...report, mustCoverage: { ...report.mustCoverage, allDonePercent } });
		expect([at(0), at(49.9), at(50), at(79.9), at(80), at(100)]).toEqual([
			'few',
			'few',
			'half',
			'half',
			'most',
			'all-must-done'
		]);
	});
});
