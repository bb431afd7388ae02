import { describe, expect, it } from 'vitest';
import { itemsByCategory } from '$lib/domain/aggregate/items-by-category';
import type { ItemRow } from '$lib/domain/aggregate/report-schema';

const row = (itemId: string, category: string) => ({ itemId, category }) as ItemRow;
const ids = (groups: ReturnType<typeof itemsByCategory>) =>
	groups.map((g) => [g.category, g.rows.map((r) => r.itemId)]);

describe('itemsByCategory', () => {
	it("follows the checklist's category order and keeps each category's rows in report order", () => {
		const rows = [row('c', 'network'), row('a', 'device'), row('d', 'network'), row('b', 'device')];
		expect(ids(itemsByCategory(rows, ['device', 'accounts', 'network']))).toEqual([
			['device', ['a', 'b']],
			['network', ['c', 'd']]
		]);
	});

	it('puts a category the order does not know last instead of dropping its rows', () => {
		const rows = [row('x', 'retired-category'), row('a', 'device')];
		expect(ids(itemsByCategory(rows, ['device']))).toEqual([
			['device', ['a']],
			['retired-category', ['x']]
		]);
	});
});
