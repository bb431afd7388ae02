const ASKED = 'persistRequested';

export type PersistState = 'persisted' | 'best-effort' | 'unsupported';

/**
 * Asks the browser once, after the first real save, to keep this origin's data.
 * Chrome and Safari decide silently; Firefox asks the user, so asking on page load would be rude.
 */
export async function requestPersistenceOnce(): Promise<void> {
	if (!navigator.storage?.persist) return;
	// Storage's code comes with the first save, not with the pages that show the state (Settings).
	const { getSetting, setSetting } = await import('$lib/storage/settings');
	if ((await getSetting(ASKED)) === true) return;
	await setSetting(ASKED, true);
	await navigator.storage.persist();
}

export async function persistState(): Promise<PersistState> {
	if (!navigator.storage?.persisted) return 'unsupported';
	return (await navigator.storage.persisted()) ? 'persisted' : 'best-effort';
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | undefined> {
	if (!navigator.storage?.estimate) return undefined;
	const { usage = 0, quota = 0 } = await navigator.storage.estimate();
	return { usage, quota };
}
