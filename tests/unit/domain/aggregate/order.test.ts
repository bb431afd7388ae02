import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Answer } from '$lib/domain/engine/answer';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { classifySummaries, summaryKey } from '$lib/domain/formats/import-summaries';
import { DEFAULT_RECHECK_DAYS, type PolicyPack } from '$lib/domain/formats/policy-pack';
import type { PostureSummary } from '$lib/domain/formats/summary';
import { localDate } from '$lib/domain/engine/freshness';
import { computePosture } from '$lib/domain/engine/posture';
import { buildChecklist } from '$lib/domain/engine/tiering';
import { maybePack, receivedArbitrary } from './arbitraries';
import { NOW, content } from './test-content';

type Entry = [PostureSummary, string];

function aggregate(entries: readonly Entry[], pack: PolicyPack | undefined) {
	const aggregator = createAggregator({ content, pack, now: NOW });
	for (const [summary, at] of entries) aggregator.add(summary, at);
	return aggregator.result();
}

const later = (at: string, days: number) =>
	new Date(Date.parse(at) + days * 24 * 60 * 60 * 1000).toISOString();

/** The entries, then all of them again shuffled among repeats sent later, and a pack. */
const scenario = receivedArbitrary.chain((entries) =>
	fc.record({
		entries: fc.constant(entries),
		mixed: fc
			.subarray(entries)
			.chain((repeats) =>
				fc
					.array(fc.integer({ min: 0, max: 90 }), {
						minLength: repeats.length,
						maxLength: repeats.length
					})
					.map((delays) => repeats.map(([s, at], i): Entry => [s, later(at, delays[i]!)]))
			)
			.chain((again) => {
				const all = [...entries, ...again, ...entries];
				return fc.shuffledSubarray(all, { minLength: all.length });
			}),
		pack: maybePack
	})
);

describe('the aggregate does not depend on order or repeats', () => {
	test.prop([scenario], { numRuns: 40 })(
		'shuffled, with files sent again later: byte-identical report',
		({ entries, mixed, pack }) => {
			expect(JSON.stringify(aggregate(mixed, pack))).toBe(JSON.stringify(aggregate(entries, pack)));
		}
	);

	test.prop([receivedArbitrary, maybePack], { numRuns: 40 })(
		'keeps what the import keeps from all the files at once; the rest are conflicts',
		(entries, pack) => {
			const report = aggregate(entries, pack);
			const files = entries.map(([value]) => ({
				fileName: 'f',
				result: { ok: true as const, value }
			}));
			const outcomes = classifySummaries([], files);
			const accepted = new Set(
				outcomes.flatMap((o) => (o.kind === 'accepted' ? [summaryKey(o.summary)] : []))
			);
			const conflicted = new Set(
				outcomes.flatMap((o, i) => (o.kind === 'conflict' ? [summaryKey(entries[i]![0])] : []))
			);
			expect(report.totals.profiles).toBe(accepted.size);
			expect(report.totals.conflicts).toEqual(
				[...conflicted].filter((k) => !accepted.has(k)).sort()
			);
		}
	);
});

/** The trend the slow way: for each day, what the import would keep of what had come by then. */
function naiveTrend(entries: readonly Entry[], pack: PolicyPack | undefined) {
	const options = { defaultRecheckDays: pack?.recheckDays ?? DEFAULT_RECHECK_DAYS };
	const firstSeen = new Map<string, Entry>();
	for (const entry of entries) {
		const seen = firstSeen.get(entry[0].digest);
		if (!seen || Date.parse(entry[1]) < Date.parse(seen[1])) firstSeen.set(entry[0].digest, entry);
	}
	const days = [
		...new Set([...firstSeen.values()].map(([, at]) => localDate(new Date(at))))
	].sort();
	return days.map((day) => {
		const known = [...firstSeen.values()].filter(([, at]) => localDate(new Date(at)) <= day);
		const files = known.map(([value]) => ({ fileName: 'f', result: { ok: true as const, value } }));
		const kept = classifySummaries([], files).flatMap((o, i) =>
			o.kind === 'accepted' ? [known[i]!] : []
		);
		const allDone = kept.filter(([summary, at]) => {
			const list = buildChecklist(content, summary.profile.context, pack);
			const answers = Object.fromEntries(
				summary.answers.map((a) => [a.itemId, { ...a, profileId: 'p', revision: 1 } as Answer])
			);
			const { must } = computePosture(list, answers, [], new Date(at), options);
			return must.done === must.counted;
		});
		return { date: day, profiles: kept.length, mustAllDone: allDone.length };
	});
}

describe('the trend', () => {
	test.prop([receivedArbitrary, maybePack], { numRuns: 40 })(
		'per receipt day: the latest revisions received by then, each judged when it came in',
		(entries, pack) => {
			const trend = aggregate(entries, pack).trend;
			const points = trend.map(({ date, profiles, mustAllDone }) => ({
				date,
				profiles,
				mustAllDone
			}));
			expect(points).toEqual(naiveTrend(entries, pack));
		}
	);
});
