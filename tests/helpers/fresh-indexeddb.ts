import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeDb } from '$lib/storage/connection';

/**
 * Gives every test an empty IndexedDB. The app's connection is module state, so it is
 * closed before the factory is swapped (or it would keep pointing at the old one) and after.
 */
export function useFreshIndexedDb(): void {
	beforeEach(async () => {
		await closeDb();
		globalThis.indexedDB = new IDBFactory();
	});
	afterEach(async () => {
		await closeDb();
	});
}
