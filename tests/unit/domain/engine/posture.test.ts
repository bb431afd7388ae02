import { describe, expect, it } from 'vitest';
import type { Answer, AnswerStatus } from '$lib/domain/engine/answer';
import type { Item } from '$lib/domain/content/item-schema';
import type { Tier } from '$lib/domain/content/vocabulary';
import { computePosture } from '$lib/domain/engine/posture';
import type { ResolvedItem } from '$lib/domain/engine/tiering';

const now = new Date(2026, 11, 1, 12, 0);
const categories = [{ id: 'device' }, { id: 'accounts' }, { id: 'network' }];

function resolved(
	id: string,
	tier: Tier,
	category = 'device',
	over: Partial<Item> = {}
): ResolvedItem {
	const item: Item = {
		id,
		roles: ['employee'],
		category,
		tier,
		threats: ['malware'],
		title: { ja: id, en: id },
		why: { ja: 'w', en: 'w' },
		how: [{ ja: 'h', en: 'h' }],
		effortMinutes: 5,
		sources: [{ title: 's', url: 'https://example.org', asOf: '2026-11-24' }],
		...over
	};
	return { item, tier, appliesBecause: [], tierBecause: [], setByOrg: false };
}

function answer(itemId: string, status: AnswerStatus, over: Partial<Answer> = {}): Answer {
	return {
		profileId: 'default',
		itemId,
		status,
		...(status === 'waiver' ? { reason: 'old PC', waiverUntil: '2026-12-31' } : {}),
		contentVersion: '2026.11.1',
		updatedAt: new Date(2026, 10, 30).toISOString(),
		revision: 1,
		...over
	};
}

const answersOf = (...list: Answer[]) => Object.fromEntries(list.map((a) => [a.itemId, a]));

// Four MUST and five SHOULD items over three categories.
const list = [
	resolved('m1', 'must', 'device'),
	resolved('m2', 'must', 'device'),
	resolved('m3', 'must', 'accounts'),
	resolved('m4', 'must', 'network', { recheckDays: 30 }),
	resolved('s1', 'should', 'device'),
	resolved('s2', 'should', 'accounts'),
	resolved('s3', 'should', 'accounts', { updatedIn: '2026.12.1' }),
	resolved('s4', 'should', 'network'),
	resolved('s5', 'should', 'network')
];
const allDone = list.map((r) => answer(r.item.id, 'done'));

describe('computePosture', () => {
	it('is strong with every item done', () => {
		const done = allDone.map((a) =>
			a.itemId === 's3' ? { ...a, contentVersion: '2026.12.1' } : a
		);
		const posture = computePosture(list, answersOf(...done), categories, now);
		expect(posture.must).toEqual({ done: 4, counted: 4, percent: 100 });
		expect(posture.should).toEqual({ done: 5, counted: 5, percent: 100 });
		expect(posture.level).toBe('strong');
		expect(posture.byCategory).toEqual([
			{ categoryId: 'device', done: 3, counted: 3, percent: 100 },
			{ categoryId: 'accounts', done: 3, counted: 3, percent: 100 },
			{ categoryId: 'network', done: 3, counted: 3, percent: 100 }
		]);
		expect([posture.due, posture.changed, posture.waived]).toEqual([[], [], []]);
	});

	it('is must-open while one MUST item is not done, whatever SHOULD says', () => {
		const answers = answersOf(...allDone, answer('m2', 'not-yet'));
		const posture = computePosture(list, answers, categories, now);
		expect(posture.must).toEqual({ done: 3, counted: 4, percent: 75 });
		expect(posture.level).toBe('must-open');
		// Unanswered counts as not done as well.
		const unanswered = answersOf(...allDone.filter((a) => a.itemId !== 'm3'));
		expect(computePosture(list, unanswered, categories, now).must.done).toBe(3);
	});

	it('is must-done below 80 % SHOULD and strong from exactly 80 %', () => {
		const must = allDone.filter((a) => a.itemId.startsWith('m'));
		const should = (n: number) =>
			['s1', 's2', 's4', 's5'].slice(0, n).map((id) => answer(id, 'done'));
		const three = computePosture(list, answersOf(...must, ...should(3)), categories, now);
		expect(three.should).toEqual({ done: 3, counted: 5, percent: 60 });
		expect(three.level).toBe('must-done');
		const four = computePosture(list, answersOf(...must, ...should(4)), categories, now);
		expect(four.should.percent).toBe(80);
		expect(four.level).toBe('strong');
	});

	it('takes a "not applicable" answer out of the denominator', () => {
		const answers = answersOf(answer('m1', 'done'), answer('m2', 'not-applicable'));
		const posture = computePosture(list, answers, categories, now);
		expect(posture.must).toEqual({ done: 1, counted: 3, percent: 33 });
		expect(posture.byCategory[0]).toEqual({
			categoryId: 'device',
			done: 1,
			counted: 2,
			percent: 50
		});
	});

	it('leaves out an active waiver and counts an expired one as not done', () => {
		const active = computePosture(
			list,
			answersOf(...allDone, answer('m1', 'waiver', { waiverUntil: '2026-12-01' })),
			categories,
			now
		);
		expect(active.must).toEqual({ done: 3, counted: 3, percent: 100 });
		expect(active.waived).toEqual(['m1']);
		expect(active.due).toEqual([]);

		const expired = computePosture(
			list,
			answersOf(...allDone, answer('m1', 'waiver', { waiverUntil: '2026-11-30' })),
			categories,
			now
		);
		expect(expired.must).toEqual({ done: 3, counted: 4, percent: 75 });
		expect(expired.level).toBe('must-open');
		expect(expired.waived).toEqual([]);
		expect(expired.due).toEqual(['m1']);
	});

	it('counts a due item as not done and lists it', () => {
		const old = new Date(2026, 9, 1).toISOString();
		const answers = answersOf(...allDone, answer('m4', 'done', { updatedAt: old }));
		const posture = computePosture(list, answers, categories, now);
		expect(posture.must).toEqual({ done: 3, counted: 4, percent: 75 });
		expect(posture.due).toEqual(['m4']);
		expect(posture.level).toBe('must-open');
		// A due "not applicable" comes back into the count, as not done.
		const na = answersOf(answer('m4', 'not-applicable', { updatedAt: old }));
		expect(computePosture(list, na, categories, now).must).toEqual({
			done: 0,
			counted: 4,
			percent: 0
		});
	});

	it('counts an item changed since it was answered as not done and lists it', () => {
		const posture = computePosture(list, answersOf(...allDone), categories, now);
		expect(posture.changed).toEqual(['s3']);
		expect(posture.should).toEqual({ done: 4, counted: 5, percent: 80 });
		expect(posture.level).toBe('strong');
		const migrated = answersOf(answer('s3', 'not-applicable', { contentVersion: '0' }));
		const again = computePosture(list, migrated, categories, now);
		expect(again.changed).toEqual(['s3']);
		expect(again.should.counted).toBe(5);
	});

	it('rounds down, so that 100 % always means all done', () => {
		const many = Array.from({ length: 200 }, (_, i) => resolved(`m${i}`, 'must'));
		const answers = answersOf(...many.slice(1).map((r) => answer(r.item.id, 'done')));
		const posture = computePosture(many, answers, categories, now);
		expect(posture.must).toEqual({ done: 199, counted: 200, percent: 99 });
		expect(posture.level).toBe('must-open');
	});

	it('reports 100 % and strong for an empty list, with no categories', () => {
		const posture = computePosture([], {}, categories, now);
		expect(posture).toEqual({
			must: { done: 0, counted: 0, percent: 100 },
			should: { done: 0, counted: 0, percent: 100 },
			level: 'strong',
			byCategory: [],
			due: [],
			changed: [],
			waived: []
		});
	});

	it('lists categories in the given order, and unknown ones (org items) after them', () => {
		const withOrg = [resolved('org-item', 'must', 'org-rules'), ...list.slice(4)];
		const posture = computePosture(withOrg, {}, categories, now);
		expect(posture.byCategory.map((c) => c.categoryId)).toEqual([
			'device',
			'accounts',
			'network',
			'org-rules'
		]);
		// A category whose items are all not applicable is shown with nothing to count.
		const na = answersOf(answer('s1', 'not-applicable'));
		expect(computePosture(list.slice(4), na, categories, now).byCategory[0]).toEqual({
			categoryId: 'device',
			done: 0,
			counted: 0,
			percent: 100
		});
	});
});
