import type { IDBPDatabase } from 'idb';
import type { z } from '$lib/domain/shared/zod';
import type { AppDB, QuarantineRecord } from './schema';

type ValidatedStore = 'answers' | 'profiles' | 'packs' | 'summaries';

/**
 * A record schema, loaded when first needed: schemas bring zod, which a first visit, with no
 * records to check, does without (on a phone, some 200 ms of blocked page).
 */
export type SchemaLoader<T> = () => Promise<z.ZodType<T>>;

/**
 * Keeps the records that pass `schema`; moves the others to `quarantine` (one strict
 * transaction: copied there, then removed from their store) so a corrupt record never
 * reaches the UI and is never silently deleted.
 */
export async function keepValid<T>(
	db: IDBPDatabase<AppDB>,
	store: ValidatedStore,
	records: { key: IDBValidKey; value: unknown }[],
	loadSchema: SchemaLoader<T>
): Promise<T[]> {
	if (records.length === 0) return [];
	const schema = await loadSchema();
	const valid: T[] = [];
	const invalid: { key: IDBValidKey; record: QuarantineRecord }[] = [];
	const now = new Date().toISOString();
	for (const { key, value } of records) {
		const result = schema.safeParse(value);
		if (result.success) {
			valid.push(result.data);
			continue;
		}
		const reason = result.error.issues
			.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`)
			.join('; ');
		invalid.push({
			key,
			record: { store, key: JSON.stringify(key), value, reason, quarantinedAt: now }
		});
	}
	if (invalid.length > 0) {
		const tx = db.transaction([store, 'quarantine'], 'readwrite', { durability: 'strict' });
		await Promise.all([
			...invalid.flatMap(({ key, record }) => [
				tx.objectStore('quarantine').add(record),
				tx.objectStore(store).delete(key as never)
			]),
			tx.done
		]);
	}
	return valid;
}

/** All records of a store with their keys, read in one transaction. */
export async function readWithKeys(
	db: IDBPDatabase<AppDB>,
	store: ValidatedStore,
	query?: IDBKeyRange
): Promise<{ key: IDBValidKey; value: unknown }[]> {
	const tx = db.transaction(store, 'readonly');
	const [keys, values] = await Promise.all([
		tx.store.getAllKeys(query as never),
		tx.store.getAll(query as never),
		tx.done
	]);
	return keys.map((key, i) => ({ key, value: values[i] }));
}
