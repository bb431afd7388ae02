import type { PackRecord, PackSlot } from '$lib/domain/policy/pack-record';
import { withDb } from './connection';
import { keepValid, readWithKeys, type SchemaLoader } from './validated-read';

const packRecordSchema: SchemaLoader<PackRecord> = async () =>
	(await import('$lib/domain/policy/pack-record')).packRecordSchema;

/** Both policy records (the followed one and the draft), validated on read. */
export async function loadPacks(): Promise<Partial<Record<PackSlot, PackRecord>>> {
	return withDb(async (db) => {
		const records = await keepValid(db, 'packs', await readWithKeys(db, 'packs'), packRecordSchema);
		return Object.fromEntries(records.map((r) => [r.slot, r]));
	});
}

/** Writes the given records in one strict transaction: both land, or neither. */
export async function savePacks(records: PackRecord[]): Promise<void> {
	const schema = await packRecordSchema();
	const valid = records.map((r) => schema.parse(r));
	await withDb(async (db) => {
		const tx = db.transaction('packs', 'readwrite', { durability: 'strict' });
		await Promise.all([...valid.map((r) => tx.store.put(r)), tx.done]);
	});
}
