import type { Profile } from '$lib/domain/engine/answer';
import { computePosture, type Posture } from '$lib/domain/engine/posture';
import { buildChecklist } from '$lib/domain/engine/tiering';
import { loadContent } from '$lib/load-content';
import { locale } from '$lib/state/locale.svelte';
import { loadAnswers } from '$lib/storage/answers';

export interface DevicePosture {
	profile: Profile;
	posture: Posture;
}

/** Where each device profile stands, for the meters on the home page. */
export async function loadDevicePostures(devices: readonly Profile[]): Promise<DevicePosture[]> {
	if (devices.length === 0) return [];
	const content = await loadContent(locale.current);
	const now = new Date();
	return Promise.all(
		devices.map(async (profile) => {
			const answers = Object.fromEntries((await loadAnswers(profile.id)).map((a) => [a.itemId, a]));
			const list = profile.context ? buildChecklist(content, profile.context) : [];
			return { profile, posture: computePosture(list, answers, content.categories, now) };
		})
	);
}
