import { DEFAULT_PROFILE_ID } from '$lib/domain/engine/answer';
import { requestPersistenceOnce } from '$lib/pwa/persistence';
import { ensureProfile } from '$lib/storage/profiles';

let done = false;

/**
 * After the first real save: make sure the device profile exists and ask the browser,
 * once, to keep the data. Failures here must not turn a successful save into "Not saved".
 */
export async function afterFirstSave(profileName: string): Promise<void> {
	if (done) return;
	done = true;
	const now = new Date().toISOString();
	await ensureProfile({
		id: DEFAULT_PROFILE_ID,
		name: profileName,
		createdAt: now,
		updatedAt: now
	});
	await requestPersistenceOnce();
}
