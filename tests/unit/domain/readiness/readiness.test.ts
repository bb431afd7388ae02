import { describe, expect, it } from 'vitest';
import type { MicGuideline } from '$lib/domain/content/crosswalk-schema';
import { micCoverage } from '$lib/domain/readiness/mic-coverage';
import { requiredCount } from '$lib/domain/readiness/policy-draft';
import { readinessOf } from '$lib/domain/readiness/readiness';
import { diagnosis } from './fixture';

const text = (en: string) => ({ ja: en, en });
const mic: MicGuideline = {
	sources: [{ title: 'Fixture', url: 'https://example.org/', asOf: '2026-12-07' }],
	categories: [
		{ id: 'data', name: text('Data'), items: ['a', 'c'] },
		{ id: 'people', name: text('People'), items: ['z'] }
	]
};

describe('readiness', () => {
	it('counts each category over every answer set, not applicable left out', () => {
		const sets = [
			[
				{ itemId: 'a', status: 'done' as const },
				{ itemId: 'c', status: 'not-yet' as const }
			],
			[
				{ itemId: 'a', status: 'done' as const },
				{ itemId: 'c', status: 'not-applicable' as const }
			]
		];
		// Data: a done twice, c not yet once (the not applicable one does not count): 2 of 3.
		expect(micCoverage(mic.categories, sets)).toEqual([
			{
				categoryId: 'data',
				items: 2,
				counts: { done: 2, notDone: 1, unknown: 0 },
				donePercent: 66.6
			},
			{
				categoryId: 'people',
				items: 1,
				counts: { done: 0, notDone: 0, unknown: 0 },
				donePercent: null
			}
		]);
	});

	it('counts the five measures over devices only, the score and categories over both', () => {
		const own = [[{ itemId: 'c', status: 'done' as const }]];
		const devices = [[{ itemId: 'a', status: 'done' as const }]];
		const result = readinessOf({ ipa: diagnosis, mic }, own, devices, {});
		expect(result.devices).toBe(1);
		// Every fixture measure is item a: in place on the one device.
		expect(result.fiveMeasures.map((m) => m.inPlace)).toEqual([1, 1, 1, 1, 1]);
		// Topic 1 (a, b): a done → done, 4; topic 2 (c): done by the own list, 4; 23 others −1.
		expect(result.ipa.total).toBe(4 + 4 - 23);
		expect(result.mic[0]!.counts).toEqual({ done: 2, notDone: 0, unknown: 0 });
	});

	it('counts the measures a policy requires: MUST overrides and own MUST items, once each', () => {
		const own = (id: string, tier: 'must' | 'should') => ({ id, tier }) as never;
		const pack = {
			overrides: { 'os-auto-update': 'must', 'vpn-connect-before-work': 'off', 'org-a': 'must' },
			extraItems: [own('org-a', 'should'), own('org-b', 'must'), own('org-c', 'should')]
		} as const;
		// os-auto-update; org-a (made MUST); org-b (MUST itself) = 3.
		expect(requiredCount(pack as never)).toBe(3);
	});
});
