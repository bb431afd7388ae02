import { describe, expect, it } from 'vitest';
import type { Answer } from '$lib/domain/engine/answer';
import { itemSchema } from '$lib/domain/content/item-schema';
import { compareContentVersions } from '$lib/domain/content/version';
import { answerFreshness, localDate, waiverActive } from '$lib/domain/engine/freshness';

// Local times: waivers end with their day on the device's calendar, whatever the time zone.
const now = new Date(2026, 11, 1, 12, 0);
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

const answer = (over: Partial<Answer> = {}): Answer => ({
	profileId: 'default',
	itemId: 'os-updates',
	status: 'done',
	contentVersion: '2026.11.1',
	updatedAt: daysAgo(1),
	revision: 1,
	...over
});

describe('compareContentVersions', () => {
	it('orders by year, month and release as numbers', () => {
		expect(compareContentVersions('2026.11.2', '2026.11.10')).toBeLessThan(0);
		expect(compareContentVersions('2026.9.1', '2026.11.1')).toBeLessThan(0);
		expect(compareContentVersions('2027.1.1', '2026.12.99')).toBeGreaterThan(0);
		expect(compareContentVersions('2026.11.1', '2026.11.1')).toBe(0);
	});

	it("puts the version-1 database's '0' (and anything unparsable) before every version", () => {
		expect(compareContentVersions('0', '2026.11.1')).toBeLessThan(0);
		expect(compareContentVersions('2026.11.1', '0')).toBeGreaterThan(0);
		expect(compareContentVersions('0', 'x')).toBe(0);
	});
});

describe('answerFreshness', () => {
	it('keeps an answer fresh inside the re-check interval and makes it due after', () => {
		const item = { recheckDays: 90 };
		expect(answerFreshness(answer({ updatedAt: daysAgo(89) }), item, now)).toBe('fresh');
		expect(answerFreshness(answer({ updatedAt: daysAgo(90) }), item, now)).toBe('due');
		expect(answerFreshness(answer({ updatedAt: daysAgo(400) }), {}, now)).toBe('fresh');
	});

	it('reads times written without milliseconds as the app reads its own, to the millisecond', () => {
		const item = { recheckDays: 90 };
		const limit = new Date(2026, 11, 1, 12, 0).getTime() - 90 * 86_400_000;
		const at = (ms: number) => new Date(limit + ms).toISOString();
		// Written by the app (24 characters): one millisecond either side of the limit.
		expect(answerFreshness(answer({ updatedAt: at(0) }), item, now)).toBe('due');
		expect(answerFreshness(answer({ updatedAt: at(1) }), item, now)).toBe('fresh');
		expect(answerFreshness(answer({ updatedAt: at(-1) }), item, now)).toBe('due');
		// Another tool's file, without milliseconds (20 characters): the same rule.
		const seconds = (ms: number) => at(ms).replace(/\.\d{3}Z$/, 'Z');
		expect(answerFreshness(answer({ updatedAt: seconds(0) }), item, now)).toBe('due');
		expect(answerFreshness(answer({ updatedAt: seconds(1000) }), item, now)).toBe('fresh');
		// A moment that is no date judges nothing due.
		expect(answerFreshness(answer({ updatedAt: at(-1) }), item, new Date(Number.NaN))).toBe(
			'fresh'
		);
	});

	it('lets "not applicable" go due too, but never "not yet" or "don\'t know"', () => {
		const item = { recheckDays: 30, updatedIn: '2026.12.1' };
		const old = { updatedAt: daysAgo(100) };
		expect(answerFreshness(answer({ ...old, status: 'not-applicable' }), item, now)).toBe(
			'changed'
		);
		expect(
			answerFreshness(answer({ ...old, status: 'not-applicable' }), { recheckDays: 30 }, now)
		).toBe('due');
		expect(answerFreshness(answer({ ...old, status: 'not-yet' }), item, now)).toBe('fresh');
		expect(answerFreshness(answer({ ...old, status: 'unknown' }), item, now)).toBe('fresh');
	});

	it('uses the default interval only for items without their own', () => {
		const old = answer({ updatedAt: daysAgo(40) });
		expect(answerFreshness(old, {}, now, { defaultRecheckDays: 30 })).toBe('due');
		expect(answerFreshness(old, { recheckDays: 60 }, now, { defaultRecheckDays: 30 })).toBe(
			'fresh'
		);
	});

	it("marks an answer older than the item's last change as changed, before it is due", () => {
		const item = { recheckDays: 30, updatedIn: '2026.12.1' };
		expect(answerFreshness(answer({ contentVersion: '2026.11.1' }), item, now)).toBe('changed');
		expect(answerFreshness(answer({ contentVersion: '2026.12.1' }), item, now)).toBe('fresh');
		expect(answerFreshness(answer({ contentVersion: '2027.1.1' }), item, now)).toBe('fresh');
		const oldAndChanged = answer({ contentVersion: '2026.11.1', updatedAt: daysAgo(365) });
		expect(answerFreshness(oldAndChanged, item, now)).toBe('changed');
	});

	it("treats a migrated answer ('0') as changed only when the item has changed", () => {
		const migrated = answer({ contentVersion: '0' });
		expect(answerFreshness(migrated, { updatedIn: '2026.11.1' }, now)).toBe('changed');
		expect(answerFreshness(migrated, {}, now)).toBe('fresh');
	});

	it('keeps a waiver until the end of its day, then makes it due; the interval does not apply', () => {
		const waiver = (waiverUntil: string) =>
			answer({ status: 'waiver', reason: 'old PC', waiverUntil, updatedAt: daysAgo(300) });
		const item = { recheckDays: 30 };
		expect(answerFreshness(waiver('2026-12-01'), item, now)).toBe('fresh');
		expect(answerFreshness(waiver('2026-12-01'), item, new Date(2026, 11, 1, 23, 59))).toBe(
			'fresh'
		);
		expect(answerFreshness(waiver('2026-12-01'), item, new Date(2026, 11, 2, 0, 0))).toBe('due');
		expect(answerFreshness(waiver('2026-11-30'), item, now)).toBe('due');
		expect(answerFreshness(waiver('2027-03-31'), { updatedIn: '2026.12.1' }, now)).toBe('changed');
	});
});

describe('waiverActive and localDate', () => {
	it('read the date on the device calendar', () => {
		expect(localDate(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
		expect(waiverActive({ status: 'waiver', waiverUntil: '2026-12-01' }, now)).toBe(true);
		expect(waiverActive({ status: 'done', waiverUntil: '2026-12-01' }, now)).toBe(false);
		expect(waiverActive({ status: 'waiver' }, now)).toBe(false);
	});
});

describe('item schema', () => {
	const base = {
		id: 'os-updates',
		roles: ['employee'],
		category: 'device',
		tier: 'must',
		threats: ['malware'],
		title: { ja: 't', en: 't' },
		why: { ja: 'w', en: 'w' },
		how: [{ ja: 'h', en: 'h' }],
		effortMinutes: 5,
		sources: [{ title: 's', url: 'https://example.org', asOf: '2026-11-24' }]
	};

	it('accepts updatedIn only as a content version', () => {
		expect(itemSchema.safeParse({ ...base, updatedIn: '2026.12.1' }).success).toBe(true);
		expect(itemSchema.safeParse(base).success).toBe(true);
		for (const bad of ['0', '2026-12-01', '2026.12', 'v2026.12.1']) {
			expect(itemSchema.safeParse({ ...base, updatedIn: bad }).success, bad).toBe(false);
		}
	});
});
