import type { AdminKey } from '$lib/domain/policy/admin-keys';
import { getSetting, setSetting } from './settings';

const KEY = 'admin-keys';

const keysSchema = async () => (await import('$lib/domain/policy/admin-keys')).adminKeysSchema;

/** Stored keys that no longer read as keys: never replaced silently, for they open summaries. */
export class DamagedKeysError extends Error {
	constructor() {
		super('The keys stored on this device cannot be read.');
		this.name = 'DamagedKeysError';
	}
}

/** The admin's age keys on this device, oldest first (none on most devices). */
export async function loadAdminKeys(): Promise<AdminKey[]> {
	const stored = await getSetting(KEY);
	if (stored === undefined) return [];
	const parsed = (await keysSchema()).safeParse(stored);
	if (!parsed.success) throw new DamagedKeysError();
	return parsed.data;
}

/** Resolves only after the strict write committed. */
export async function saveAdminKeys(keys: AdminKey[]): Promise<void> {
	await setSetting(KEY, (await keysSchema()).parse(keys));
}
