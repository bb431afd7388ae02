import { describe, expect, it } from 'vitest';
import type { Answer } from '$lib/domain/engine/answer';
import {
	categoriesIn,
	filterChecklist,
	groupByTier,
	inShownOrder,
	sectionProgress,
	tierProgress
} from '$lib/domain/engine/checklist';
import type { Item } from '$lib/domain/content/item-schema';
import type { Tier } from '$lib/domain/content/vocabulary';
import { makeAnswer } from '../../../helpers/records';

const item = (id: string, category: string, effortMinutes: number, en = id): Item => ({
	id,
	roles: ['employee'],
	category,
	tier: 'should',
	threats: ['malware'],
	title: { ja: `${id}の題`, en },
	why: { ja: 'なぜ', en: 'why' },
	how: [{ ja: '手順', en: 'step' }],
	effortMinutes,
	sources: [{ title: 's', url: 'https://example.org', asOf: '2026-11-24' }]
});
const entry = (i: Item, tier: Tier) => ({ item: i, tier });
const list = [
	entry(item('a', 'device', 30, 'Encrypt the disk'), 'must'),
	entry(item('b', 'network', 5, 'Router password'), 'must'),
	entry(item('c', 'device', 2, 'Lock the screen'), 'should')
];
const categories = ['device', 'network'].map((id) => ({
	id,
	name: { ja: id, en: id },
	description: { ja: id, en: id }
}));
const answers: Record<string, Answer> = { a: makeAnswer({ itemId: 'a', status: 'done' }) };
const none = { onlyOpen: false, category: '', query: '', sortByEffort: false };

describe('filterChecklist', () => {
	it('keeps everything without filters, in order', () => {
		expect(filterChecklist(list, answers, none)).toEqual(list);
	});

	it('shows only what is still to do, by category, or by search in either language', () => {
		expect(
			filterChecklist(list, answers, { ...none, onlyOpen: true }).map((e) => e.item.id)
		).toEqual(['b', 'c']);
		expect(
			filterChecklist(list, answers, { ...none, category: 'device' }).map((e) => e.item.id)
		).toEqual(['a', 'c']);
		expect(
			filterChecklist(list, answers, { ...none, query: 'ROUTER' }).map((e) => e.item.id)
		).toEqual(['b']);
		expect(
			filterChecklist(list, answers, { ...none, query: 'cの題' }).map((e) => e.item.id)
		).toEqual(['c']);
	});

	it('puts quick wins first when asked', () => {
		expect(
			filterChecklist(list, answers, { ...none, sortByEffort: true }).map((e) => e.item.id)
		).toEqual(['c', 'b', 'a']);
	});
});

describe('groupByTier and sectionProgress', () => {
	it('groups MUST before SHOULD, then by category order', () => {
		const groups = groupByTier(list, categories);
		expect(groups.map((g) => [g.tier, g.groups.map((c) => c.category.id)])).toEqual([
			['must', ['device', 'network']],
			['should', ['device']]
		]);
	});

	it('counts done items, leaving not-applicable ones out', () => {
		const items = list.map((e) => e.item);
		expect(sectionProgress(items, answers)).toEqual({ done: 1, total: 3 });
		const na = { ...answers, b: makeAnswer({ itemId: 'b', status: 'not-applicable' }) };
		expect(sectionProgress(items, na)).toEqual({ done: 1, total: 2 });
	});

	it("counts one tier's items only", () => {
		// Hand-counted: MUST holds a (done) and b (open); SHOULD holds c (open).
		expect(tierProgress(list, 'must', answers)).toEqual({ done: 1, total: 2 });
		expect(tierProgress(list, 'should', answers)).toEqual({ done: 0, total: 1 });
	});
});

describe('inShownOrder and categoriesIn', () => {
	it('lists the entries as the sections show them, MUST first', () => {
		const sections = groupByTier([...list].reverse(), categories);
		expect(inShownOrder(sections).map((e) => e.item.id)).toEqual(['a', 'b', 'c']);
	});

	it('offers only the categories that hold an item of the list', () => {
		const owners = {
			id: 'owner-rules',
			name: { ja: '規程', en: 'Rules' },
			description: { ja: 'd', en: 'd' }
		};
		const more = [...categories, owners];
		expect(categoriesIn(list.slice(1, 2), more).map((c) => c.id)).toEqual(['network']);
		expect(categoriesIn(list, more).map((c) => c.id)).toEqual(['device', 'network']);
	});
});
