import { shell } from '$lib/i18n/features/shell';
import { version } from '$app/environment';
import { DEFAULT_PROFILE_ID, type Answer, type Profile } from '$lib/domain/engine/answer';
import { backupFileName, createBackup, type Backup } from '$lib/domain/formats/backup';
import { loadAllAnswers } from '$lib/storage/answers';
import { loadProfiles } from '$lib/storage/profiles';
import { contentVersion } from 'virtual:checklist-version';
import { locale } from '$lib/state/locale.svelte';

const t = locale.messages(shell);

/**
 * A profile for answers whose profile record is missing: answers moved over from database
 * version 1, or saved before the first-save step stored the profile. A backup must name every
 * profile its answers belong to, or importing it would (rightly) refuse it.
 */
function missingProfiles(profiles: readonly Profile[], answers: readonly Answer[]): Profile[] {
	const known = new Set(profiles.map((p) => p.id));
	const orphans = new Map<string, string[]>();
	for (const answer of answers) {
		if (known.has(answer.profileId)) continue;
		const times = orphans.get(answer.profileId) ?? [];
		times.push(answer.updatedAt);
		orphans.set(answer.profileId, times);
	}
	return [...orphans].map(([id, times]) => {
		times.sort();
		return {
			id,
			name: id === DEFAULT_PROFILE_ID ? t('profile.defaultName') : id.slice(0, 60),
			createdAt: times[0]!,
			updatedAt: times[times.length - 1]!
		};
	});
}

/**
 * A backup of everything stored (profiles with their contexts, answers with their notes),
 * overlaid with answers that are only in memory (a failed save). When the database cannot be
 * read at all, the in-memory answers alone still make a backup.
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
	const answers = [...byKey.values()];
	return createBackup(
		{
			appVersion: version,
			contentVersion,
			profiles: [...profiles, ...missingProfiles(profiles, answers)],
			answers
		},
		new Date()
	);
}

export { backupFileName };
