import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Answer } from '$lib/domain/engine/answer';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { aggregateReportSchema, type Outcome } from '$lib/domain/aggregate/report-schema';
import { classifySummaries, summaryKey } from '$lib/domain/formats/import-summaries';
import { DEFAULT_RECHECK_DAYS, type PolicyPack } from '$lib/domain/formats/policy-pack';
import type { PostureSummary } from '$lib/domain/formats/summary';
import { answerFreshness, waiverActive } from '$lib/domain/engine/freshness';
import { approvalOf } from '$lib/domain/policy/org-policy';
import { computePosture } from '$lib/domain/engine/posture';
import { buildChecklist } from '$lib/domain/engine/tiering';
import { maybePack, summaryArbitrary } from './arbitraries';
import { NOW, content } from './test-content';

const STATUS_OUTCOME: Record<Answer['status'], Outcome> = {
	done: 'done',
	'not-yet': 'notYet',
	unknown: 'unknown',
	'not-applicable': 'notApplicable',
	waiver: 'waived'
};

/** What the import would keep of all the files dropped at once. */
function kept(summaries: readonly PostureSummary[]): PostureSummary[] {
	const files = summaries.map((value) => ({ fileName: 'f', result: { ok: true as const, value } }));
	return classifySummaries([], files).flatMap((o) => (o.kind === 'accepted' ? [o.summary] : []));
}

/** The aggregate counted the slow, obvious way: every profile on its own with computePosture. */
function recount(summaries: readonly PostureSummary[], pack: PolicyPack | undefined) {
	const options = { defaultRecheckDays: pack?.recheckDays ?? DEFAULT_RECHECK_DAYS };
	const items = new Map<string, { counts: Record<string, number>; must: number; open: string[] }>();
	const apps = new Map<string, { profiles: number; respondents: Set<string> }>();
	const waivers = new Map<string, { count: number; active: number }>();
	const profiles = kept(summaries).map((summary) => {
		const list = buildChecklist(content, summary.profile.context, pack);
		const answers = Object.fromEntries(
			summary.answers.map((a) => [a.itemId, { ...a, profileId: 'p', revision: 1 } as Answer])
		);
		const posture = computePosture(list, answers, content.categories, NOW, options);
		for (const { item, tier } of list) {
			const answer = answers[item.id];
			const freshness = answer ? answerFreshness(answer, item, NOW, options) : undefined;
			const outcome: Outcome = !answer
				? 'unanswered'
				: freshness === 'fresh'
					? STATUS_OUTCOME[answer.status]
					: freshness!;
			const row = items.get(item.id) ?? { counts: {}, must: 0, open: [] };
			row.counts[outcome] = (row.counts[outcome] ?? 0) + 1;
			if (tier === 'must') row.must += 1;
			if (!['done', 'notApplicable', 'waived'].includes(outcome))
				row.open.push(summaryKey(summary));
			items.set(item.id, row);
			if (answer?.status === 'waiver') {
				const w = waivers.get(item.id) ?? { count: 0, active: 0 };
				w.count += 1;
				if (waiverActive(answer, NOW)) w.active += 1;
				waivers.set(item.id, w);
			}
		}
		for (const app of new Set(summary.profile.context.meetingApps)) {
			const a = apps.get(app) ?? { profiles: 0, respondents: new Set() };
			a.profiles += 1;
			a.respondents.add(summary.respondent.id);
			apps.set(app, a);
		}
		return { summary, posture };
	});
	return { profiles, items, apps, waivers };
}

describe('the aggregate equals a naive recount', () => {
	test.prop([fc.array(summaryArbitrary, { maxLength: 30 }), maybePack], { numRuns: 40 })(
		'per item, per profile, per app and per waiver',
		(summaries, pack) => {
			const aggregator = createAggregator({ content, pack, now: NOW });
			for (const s of summaries) aggregator.add(s);
			const report = aggregator.result();
			const naive = recount(summaries, pack);

			expect(aggregateReportSchema.parse(report)).toEqual(report);
			expect(report.totals.profiles).toBe(naive.profiles.length);
			const allDone = naive.profiles.filter((p) => p.posture.must.done === p.posture.must.counted);
			expect(report.mustCoverage.allDone).toBe(allDone.length);
			for (const bucket of report.mustCoverage.buckets) {
				const inside = naive.profiles.filter(
					(p) =>
						p.posture.must.percent >= bucket.fromPercent &&
						p.posture.must.percent <= bucket.toPercent
				);
				expect(bucket.profiles).toBe(inside.length);
			}

			expect(report.items.map((r) => r.itemId).sort()).toEqual([...naive.items.keys()].sort());
			for (const row of report.items) {
				const expected = naive.items.get(row.itemId)!;
				const nonZero = Object.fromEntries(Object.entries(row.counts).filter(([, n]) => n > 0));
				expect(nonZero).toEqual(expected.counts);
				expect(row.mustProfiles).toBe(expected.must);
				const drilled = Object.values(row.drillDown).flat().sort();
				expect(drilled).toEqual([...expected.open].sort());
			}

			expect(report.meetingApps.map((a) => a.app).sort()).toEqual([...naive.apps.keys()].sort());
			for (const row of report.meetingApps) {
				const expected = naive.apps.get(row.app)!;
				expect(row.profiles).toBe(expected.profiles);
				expect(row.respondents).toBe(expected.respondents.size);
				expect(row.status).toBe(approvalOf(pack, row.app).status);
			}

			expect(report.waivers.map((w) => w.itemId).sort()).toEqual([...naive.waivers.keys()].sort());
			for (const row of report.waivers) {
				const expected = naive.waivers.get(row.itemId)!;
				expect([row.count, row.active, row.expired]).toEqual([
					expected.count,
					expected.active,
					expected.count - expected.active
				]);
			}

			const department = report.breakdowns.find((b) => b.dimension === 'department')!;
			for (const group of department.groups) {
				const members = naive.profiles.filter(
					(p) => (p.summary.respondent.department ?? null) === group.value
				);
				expect(group.profiles).toBe(members.length);
				expect(group.mustAllDone).toBe(members.filter((p) => allDone.includes(p)).length);
			}
		}
	);
});
