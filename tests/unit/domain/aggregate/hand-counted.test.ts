import { describe, expect, it } from 'vitest';
import { content } from 'virtual:checklist-content';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { nextSteps } from '$lib/domain/aggregate/org-next-steps';
import { HAND_COUNT, handCountedSummaries } from '../../../fixtures/aggregate/hand-counted';

// The same seven devices the dashboard's browser test imports: a wrong hand count or a wrong
// aggregate shows here first, in a second, with the report's numbers side by side.
describe('the hand-counted organisation', () => {
	const now = new Date('2026-12-15T12:00:00Z');
	const aggregator = createAggregator({ content, now });
	for (const summary of handCountedSummaries(content, now)) aggregator.add(summary);
	const report = aggregator.result();
	const row = (itemId: string) => report.items.find((r) => r.itemId === itemId)!;

	it('counts devices, people and devices with every MUST done', () => {
		expect(report.totals).toMatchObject({
			profiles: HAND_COUNT.devices,
			respondents: HAND_COUNT.respondents
		});
		expect(report.mustCoverage).toMatchObject({
			allDone: HAND_COUNT.allMustDone,
			allDonePercent: HAND_COUNT.allMustDonePercent
		});
	});

	it('counts each answer of the varied items, and puts the worst first', () => {
		const { itemId, stale, ...counts } = HAND_COUNT.screenLock;
		const screenLock = row(itemId);
		expect(screenLock).toMatchObject({
			open: counts.open,
			donePercent: counts.donePercent,
			counts: {
				done: counts.done,
				notYet: counts.notYet,
				unknown: counts.unknown,
				unanswered: counts.unanswered,
				waived: counts.waived,
				notApplicable: counts.notApplicable
			}
		});
		expect(screenLock.counts.changed + screenLock.counts.due).toBe(stale);
		for (const { itemId, done, notYet, open } of [
			HAND_COUNT.routerPassword,
			HAND_COUNT.passwordManager
		]) {
			expect(row(itemId), itemId).toMatchObject({ open, counts: { done, notYet } });
		}
		expect(report.items.slice(0, 2).map((r) => r.itemId)).toEqual(HAND_COUNT.nextSteps.slice(0, 2));
		expect(report.items.filter((r) => r.open > 0).map((r) => r.itemId)).toEqual(
			expect.arrayContaining([...HAND_COUNT.nextSteps])
		);
		const items = new Map(content.items.map((item) => [item.id, item]));
		expect(nextSteps(report, items).map((s) => s.row.itemId)).toEqual(HAND_COUNT.nextSteps);
	});

	it('shows only groups of five or more, and none a subtraction would give away', () => {
		const shown = report.breakdowns.flatMap((b) => b.groups);
		expect(shown).toHaveLength(HAND_COUNT.groupsShown);
		for (const group of shown) {
			expect(group).toMatchObject({
				profiles: HAND_COUNT.groupDevices,
				mustAllDone: HAND_COUNT.allMustDone
			});
		}
		expect(shown.map((g) => g.value)).not.toContain(HAND_COUNT.hiddenDepartment);
	});

	it('counts the devices and people on an app no policy has decided on', () => {
		expect(report.meetingApps.find((a) => a.app === 'zoom')).toMatchObject({
			status: 'undecided',
			profiles: HAND_COUNT.zoom.devices,
			respondents: HAND_COUNT.zoom.people
		});
	});
});
