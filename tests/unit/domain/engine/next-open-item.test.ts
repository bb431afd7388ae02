import { describe, expect, it } from 'vitest';
import type { Answer } from '$lib/domain/engine/answer';
import type { Item } from '$lib/domain/content/item-schema';
import type { Tier } from '$lib/domain/content/vocabulary';
import { awaitsAnswer, nextOpenItem, waitingCounts } from '$lib/domain/engine/next-open-item';
import { makeAnswer, NOW } from '../../../helpers/records';

const item = (id: string, extra: Partial<Item> = {}): Item => ({
	id,
	roles: ['employee'],
	category: 'device',
	tier: 'should',
	threats: ['malware'],
	title: { ja: id, en: id },
	why: { ja: 'なぜ', en: 'why' },
	how: [{ ja: '手順', en: 'step' }],
	effortMinutes: 5,
	sources: [{ title: 's', url: 'https://example.org', asOf: '2026-11-24' }],
	...extra
});
const entry = (id: string, tier: Tier) => ({ item: item(id), tier });
// As shown: two MUST items, then three SHOULD items.
const shown = [
	entry('m1', 'must'),
	entry('m2', 'must'),
	entry('s1', 'should'),
	entry('s2', 'should'),
	entry('s3', 'should')
];
const answered = (...ids: string[]): Record<string, Answer> =>
	Object.fromEntries(ids.map((id) => [id, makeAnswer({ itemId: id, status: 'not-yet' })]));
const next = (answers: Record<string, Answer>, after?: string) =>
	nextOpenItem(shown, answers, NOW, after)?.item.id;

describe('nextOpenItem', () => {
	it('starts with the first MUST item of a fresh list', () => {
		expect(next({})).toBe('m1');
	});

	it('goes on after the item just answered, and round to the top', () => {
		expect(next(answered('m1'), 'm1')).toBe('m2');
		expect(next(answered('m2'), 'm2')).toBe('m1');
	});

	it('keeps to MUST items while one waits, wherever the person was', () => {
		expect(next(answered('m1'), 's2')).toBe('m2');
	});

	it('goes to SHOULD items, in order, once every MUST item is answered', () => {
		expect(next(answered('m1', 'm2'), 'm2')).toBe('s1');
		expect(next(answered('m1', 'm2', 's1'), 's1')).toBe('s2');
		expect(next(answered('m1', 'm2', 's2', 's3'), 's3')).toBe('s1');
	});

	it('counts "not yet" and "don\'t know" as answers, and finds nothing when all are answered', () => {
		const all = answered('m1', 'm2', 's1', 's2', 's3');
		all.m1 = makeAnswer({ itemId: 'm1', status: 'unknown' });
		expect(next(all)).toBeUndefined();
	});

	it('an unknown or filtered-out current item starts from the top', () => {
		expect(next(answered('m1'), 'gone')).toBe('m2');
	});
});

describe('awaitsAnswer', () => {
	it('an answer that is due again, or to a changed item, waits again', () => {
		const old = makeAnswer({ status: 'done', updatedAt: '2026-01-01T00:00:00.000Z' });
		expect(awaitsAnswer(item('a'), undefined, NOW)).toBe(true);
		expect(awaitsAnswer(item('a'), old, NOW)).toBe(false);
		expect(awaitsAnswer(item('a', { recheckDays: 90 }), old, NOW)).toBe(true);
		expect(awaitsAnswer(item('a', { updatedIn: '2026.12.1' }), makeAnswer(), NOW)).toBe(true);
	});
});

describe('waitingCounts', () => {
	it('counts the items still waiting per tier', () => {
		expect(waitingCounts(shown, answered('m1', 's3'), NOW)).toEqual({ must: 1, should: 2 });
	});
});
