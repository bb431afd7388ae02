import { describe, expect, test } from 'vitest';
import type { FiveMeasure } from '$lib/domain/content/crosswalk-schema';
import { tallyFiveMeasures } from '$lib/domain/readiness/five-measures';
import type { AnswerSet } from '$lib/domain/readiness/answer-set';

const measure = (id: string, items: string[]): FiveMeasure => ({
	id,
	title: { ja: id, en: id },
	items,
	sources: [{ title: 'Fixture', url: 'https://example.org/', asOf: '2026-12-07' }]
});

describe('tallyFiveMeasures', () => {
	test('counts, per measure, the devices where it is in place, missing or not known', () => {
		const measures = [
			measure('five-1', ['a', 'b']),
			measure('five-2', ['c']),
			measure('five-3', ['d'])
		];
		const devices: AnswerSet[] = [
			[
				{ itemId: 'a', status: 'done' },
				{ itemId: 'b', status: 'done' },
				{ itemId: 'c', status: 'not-yet' }
			],
			[
				{ itemId: 'a', status: 'done' },
				{ itemId: 'b', status: 'unknown' },
				{ itemId: 'c', status: 'done' },
				{ itemId: 'd', status: 'not-applicable' }
			],
			[
				{ itemId: 'a', status: 'waiver' },
				{ itemId: 'c', status: 'done' },
				{ itemId: 'd', status: 'done' }
			],
			[]
		];
		expect(tallyFiveMeasures(measures, devices)).toEqual([
			// In place on device 1; device 2 has a "don't know"; device 3 a waiver; device 4 nothing.
			{ measureId: 'five-1', inPlace: 1, missing: 1, unknown: 2 },
			// Missing on device 1; in place on 2 and 3; device 4 nothing.
			{ measureId: 'five-2', inPlace: 2, missing: 1, unknown: 1 },
			// Unanswered on device 1, only not applicable on 2, done on 3, nothing on 4.
			{ measureId: 'five-3', inPlace: 1, missing: 0, unknown: 3 }
		]);
	});

	test('no devices: every measure counts zero', () => {
		expect(tallyFiveMeasures([measure('five-1', ['a'])], [])).toEqual([
			{ measureId: 'five-1', inPlace: 0, missing: 0, unknown: 0 }
		]);
	});
});
