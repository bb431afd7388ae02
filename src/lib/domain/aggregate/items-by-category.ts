import type { ItemRow } from './report-schema.ts';

/** The rows of one checklist category, in the order they came (the report's: worst first). */
export interface CategoryRows {
	category: string;
	rows: ItemRow[];
}

/**
 * The report's item rows grouped by category, in the checklist's category order, for a report
 * read section by section (the printed one). Categories without rows are left out; a category
 * the order does not know (from an older content version) comes last rather than being lost.
 */
export function itemsByCategory(
	rows: readonly ItemRow[],
	order: readonly string[]
): CategoryRows[] {
	const groups = new Map<string, ItemRow[]>(order.map((category) => [category, []]));
	for (const row of rows) {
		const list = groups.get(row.category);
		if (list) list.push(row);
		else groups.set(row.category, [row]);
	}
	return [...groups]
		.filter(([, list]) => list.length > 0)
		.map(([category, list]) => ({ category, rows: list }));
}
