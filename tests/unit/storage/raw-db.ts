import { openDB } from 'idb';
import { getDb } from '$lib/storage/connection';
import { DB_NAME, DB_VERSION } from '$lib/storage/schema';

/**
 * Writes records straight into a store over a second, untyped connection: the way to put
 * data there that the app itself would refuse to write (corruption, an older app's bugs).
 */
export async function putRaw(store: string, ...values: unknown[]): Promise<void> {
	// Opening through the app first creates the stores; a bare open would make an empty database.
	await getDb();
	const db = await openDB(DB_NAME, DB_VERSION);
	try {
		const tx = db.transaction(store, 'readwrite');
		await Promise.all([...values.map((value) => tx.store.put(value)), tx.done]);
	} finally {
		db.close();
	}
}

/** Every record of a store, read over a second connection that bypasses validation. */
export async function getAllRaw(store: string): Promise<unknown[]> {
	await getDb();
	const db = await openDB(DB_NAME, DB_VERSION);
	try {
		return await db.getAll(store);
	} finally {
		db.close();
	}
}
