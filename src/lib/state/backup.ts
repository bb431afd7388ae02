import { version } from '$app/environment';
import type { Answer, Profile } from '$lib/domain/answer';
import { backupFileName, createBackup, type Backup } from '$lib/domain/formats/backup';
import { loadAllAnswers } from '$lib/storage/answers';
import { loadProfiles } from '$lib/storage/profiles';
import { contentVersion } from 'virtual:checklist-version';

/**
 * A backup of everything stored, overlaid with answers that are only in memory (a failed save).
 * When the database cannot be read at all, the in-memory answers alone still make a backup.
 */
export async function buildBackup(unsaved: readonly Answer[] = []): Promise<Backup> {
	let profiles: Profile[] = [];
	let stored: Answer[] = [];
	try {
		[profiles, stored] = await Promise.all([loadProfiles(), loadAllAnswers()]);
	} catch (error) {
		console.error('Reading stored data for the backup failed', error);
	}
	const byKey = new Map(stored.map((a) => [`${a.profileId}\u0000${a.itemId}`, a]));
	for (const a of unsaved) byKey.set(`${a.profileId}\u0000${a.itemId}`, a);
	return createBackup(
		{
			appVersion: version,
			contentVersion,
			profiles,
			answers: [...byKey.values()]
		},
		new Date()
	);
}

export { backupFileName };
