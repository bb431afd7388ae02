import { allOrNothing } from './all-or-nothing';
import { writesSettled } from './answers';
import { withDb } from './connection';

/**
 * Empties every store of the database (profiles, answers, settings, policies, imported
 * summaries, quarantine, old copies) in one strict transaction: either all of it is gone
 * once this resolves, or, on any failure, nothing is.
 *
 * The stores are cleared rather than the database deleted: a deletion would wait, blocked,
 * for every other open tab to close its connection, and the schema would have to be built
 * again; clearing needs no other tab's cooperation and leaves the app ready to use.
 */
export async function eraseAllData(): Promise<void> {
	// A save still in flight must not land after the erase.
	await writesSettled();
	await withDb(async (db) => {
		const names = [...db.objectStoreNames];
		const tx = db.transaction(names, 'readwrite', { durability: 'strict' });
		await allOrNothing(tx, (requests) => {
			for (const name of names) requests.push(tx.objectStore(name).clear());
		});
	});
}
