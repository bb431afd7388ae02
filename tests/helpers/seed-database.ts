/** A database as an older app version left it: its stores' layouts and their records. */
export interface DatabaseSnapshot {
	name: string;
	version: number;
	stores: Record<
		string,
		{
			keyPath: string | string[];
			autoIncrement?: boolean;
			indexes?: Record<string, string>;
			records: unknown[];
		}
	>;
}

/**
 * Creates the database of `snapshot` with the plain IndexedDB API, so that the same function runs
 * in Node (fake-indexeddb) and, passed to `page.evaluate`, in a real browser. It must therefore
 * use nothing from outside its own body.
 */
export function seedDatabase(snapshot: DatabaseSnapshot): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(snapshot.name, snapshot.version);
		request.onupgradeneeded = () => {
			for (const [name, store] of Object.entries(snapshot.stores)) {
				const created = request.result.createObjectStore(name, {
					keyPath: store.keyPath,
					autoIncrement: store.autoIncrement ?? false
				});
				for (const [index, path] of Object.entries(store.indexes ?? {}))
					created.createIndex(index, path);
				for (const record of store.records) created.put(record);
			}
		};
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			request.result.close();
			resolve();
		};
	});
}
