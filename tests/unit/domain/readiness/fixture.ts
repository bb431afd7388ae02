import type { IpaSelfDiagnosis } from '$lib/domain/content/crosswalk-schema';

const text = (en: string) => ({ ja: en, en });
const source = { title: 'Fixture', url: 'https://example.org/', asOf: '2026-12-07' };

/**
 * A hand-made self-diagnosis: topics 1–5 are covered by items a–f (topic 1 by a and b), topics
 * 6–25 are answered directly. IPA's scale and bands.
 */
export const diagnosis: IpaSelfDiagnosis = {
	sources: [source],
	scale: {
		done: { points: 4, label: text('Done') },
		partly: { points: 2, label: text('Partly') },
		'not-done': { points: 0, label: text('Not done') },
		unknown: { points: -1, label: text("Don't know") }
	},
	bands: [
		{ id: 'basics-reached', min: 100, max: 100, meaning: text('All.') },
		{ id: 'mostly-done', min: 70, max: 99, meaning: text('Mostly.') },
		{ id: 'clear-gaps', min: 50, max: 69, meaning: text('Gaps.') },
		{ id: 'at-risk', min: -25, max: 49, meaning: text('At risk.') }
	],
	topics: Array.from({ length: 25 }, (_, index) => {
		const n = index + 1;
		const items = [['a', 'b'], ['c'], ['d'], ['e'], ['f']][index] ?? [];
		return {
			id: `ipa-${String(n).padStart(2, '0')}`,
			part: n <= 5 ? 1 : n <= 18 ? 2 : 3,
			title: text(`Topic ${n}`),
			items,
			...(items.length === 0 ? { ask: text(`Question ${n}?`) } : {})
		};
	}),
	fiveMeasures: [1, 2, 3, 4, 5].map((n) => ({
		id: `five-${n}`,
		title: text(`Measure ${n}`),
		items: ['a'],
		sources: [source]
	}))
};
