import { backupSchema, type Backup } from '$lib/domain/formats/backup';
import { findRuleProblem } from '$lib/domain/formats/import-backup';
import { allOrNothing } from './all-or-nothing';
import { writesSettled } from './answers';
import { withDb } from './connection';

/**
 * Replaces every device profile and answer on this device with the backup's, all or nothing:
 * one strict transaction clears both stores and writes the backup, so a failure at any point
 * leaves the previous data exactly as it was. The quarantine and the settings are kept.
 */
export async function restoreBackup(backup: Backup): Promise<void> {
	// Everything is checked before the transaction opens: inside it, nothing may wait on
	// anything but its own requests (or it would commit half-way).
	const checked = backupSchema.parse(backup);
	const problem = findRuleProblem(checked);
	if (problem) throw new Error(`the backup breaks its rules (${problem.problem.kind})`);
	// A save still in flight must not land on top of the restored data.
	await writesSettled();

	await withDb(async (db) => {
		const tx = db.transaction(['profiles', 'answers'], 'readwrite', { durability: 'strict' });
		const profileStore = tx.objectStore('profiles');
		const answerStore = tx.objectStore('answers');
		await allOrNothing(tx, (requests) => {
			requests.push(profileStore.clear(), answerStore.clear());
			for (const profile of checked.profiles) requests.push(profileStore.put(profile));
			for (const answer of checked.answers) requests.push(answerStore.put(answer));
		});
	});
}
