import { withDb } from './connection';

/** Small app settings kept with the data (not UI preferences, which live in localStorage). */
export async function getSetting(key: string): Promise<unknown> {
	return withDb(async (db) => (await db.get('settings', key))?.value);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
	await setSettings({ [key]: value });
}

/** Several settings in one strict transaction: all of them are written, or none. */
export async function setSettings(entries: Record<string, unknown>): Promise<void> {
	await withDb(async (db) => {
		const tx = db.transaction('settings', 'readwrite', { durability: 'strict' });
		await Promise.all([
			...Object.entries(entries).map(([key, value]) => tx.store.put({ key, value })),
			tx.done
		]);
	});
}
