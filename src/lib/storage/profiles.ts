import type { Profile } from '$lib/domain/engine/answer';
import { withDb } from './connection';
import { keepValid, readWithKeys, type SchemaLoader } from './validated-read';

const profileSchema: SchemaLoader<Profile> = async () =>
	(await import('$lib/domain/engine/answer')).profileSchema;

export async function loadProfiles(): Promise<Profile[]> {
	return withDb(async (db) =>
		keepValid(db, 'profiles', await readWithKeys(db, 'profiles'), profileSchema)
	);
}

/** Stores the profile if no profile with its id exists yet; returns the stored one. */
export async function ensureProfile(profile: Profile): Promise<Profile> {
	const schema = await profileSchema();
	const record = schema.parse(profile);
	return withDb(async (db) => {
		// A damaged profile under this id goes to quarantine first: the put below must not erase it.
		const stored = await readWithKeys(db, 'profiles', IDBKeyRange.only(record.id));
		await keepValid(db, 'profiles', stored, profileSchema);
		const tx = db.transaction('profiles', 'readwrite', { durability: 'strict' });
		const existing = await tx.store.get(record.id);
		const parsed = schema.safeParse(existing);
		if (!parsed.success) await tx.store.put(record);
		await tx.done;
		return parsed.success ? parsed.data : record;
	});
}

/** Writes a profile (new or changed); resolves only after the strict transaction committed. */
export async function saveProfile(profile: Profile): Promise<void> {
	const record = (await profileSchema()).parse(profile);
	await withDb(async (db) => {
		const tx = db.transaction('profiles', 'readwrite', { durability: 'strict' });
		await Promise.all([tx.store.put(record), tx.done]);
	});
}

/** Removes a device profile and all its answers in one strict transaction: all or nothing. */
export async function deleteProfile(id: string): Promise<void> {
	await withDb(async (db) => {
		const tx = db.transaction(['profiles', 'answers'], 'readwrite', { durability: 'strict' });
		const answers = tx.objectStore('answers');
		const keys = await answers.index('by-profile').getAllKeys(id);
		await Promise.all([
			tx.objectStore('profiles').delete(id),
			...keys.map((key) => answers.delete(key)),
			tx.done
		]);
	});
}
