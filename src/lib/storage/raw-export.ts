import { withDb } from './connection';

/**
 * Every record of every store, unvalidated: the user's way out, even for damaged data. The
 * summaries' tallies are left out: each is a copy of a summary that is in, and as JSON their
 * packed answers would come out empty.
 */
export async function exportRawData(): Promise<Record<string, unknown[]>> {
	return withDb(async (db) => {
		const names = [...db.objectStoreNames].filter((name) => name !== 'tallies');
		const tx = db.transaction(names, 'readonly');
		const all = await Promise.all(names.map((name) => tx.objectStore(name).getAll()));
		await tx.done;
		return Object.fromEntries(names.map((name, i) => [name, all[i] ?? []]));
	});
}

export async function countQuarantined(): Promise<number> {
	return withDb((db) => db.count('quarantine'));
}
