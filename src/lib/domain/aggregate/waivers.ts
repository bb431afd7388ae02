import type { ItemCatalog } from './checklist-cache.ts';
import { compareText } from './compare-text.ts';
import type { ProfileRecord } from './profile-record.ts';
import type { WaiverRow } from './report-schema.ts';

/**
 * Waivers per item, over the profiles the item applies to: how many, how many still run (by
 * date, on the device calendar), and the first and last end dates. Expired ones first.
 */
export function waiverRows(catalog: ItemCatalog, records: readonly ProfileRecord[]): WaiverRow[] {
	const rows = new Map<number, WaiverRow>();
	for (const record of records) {
		for (const { catalogIndex, until, active } of record.waivers) {
			const row = rows.get(catalogIndex) ?? {
				itemId: catalog.items[catalogIndex]!.id,
				count: 0,
				active: 0,
				expired: 0,
				earliestUntil: until,
				latestUntil: until
			};
			row.count += 1;
			if (active) row.active += 1;
			else row.expired += 1;
			if (until < row.earliestUntil) row.earliestUntil = until;
			if (until > row.latestUntil) row.latestUntil = until;
			rows.set(catalogIndex, row);
		}
	}
	return [...rows.values()].sort(
		(a, b) =>
			b.expired - a.expired ||
			compareText(a.earliestUntil, b.earliestUntil) ||
			compareText(a.itemId, b.itemId)
	);
}
