import { withKeys, type AdminKey } from '$lib/domain/policy/admin-keys';
import { loadAdminKeys, saveAdminKeys } from '$lib/storage/admin-keys';

/** A key file holds a few lines; anything larger is not one. */
export const KEY_FILE_MAX_BYTES = 16_384;

export type KeyFileOutcome =
	| { ok: true; added: number }
	| { ok: false; problem: 'too-large' | 'no-identity' | 'too-many' }
	| { ok: false; problem: 'not-identity'; line: number };

/** The age library loads with the first key made or read. */
const ageFile = () => import('$lib/domain/formats/age-file');

/** Stores `added` after the keys already here: how many were new; undefined when a device would keep too many. */
async function keep(added: AdminKey[]): Promise<number | undefined> {
	const kept = await loadAdminKeys();
	const keys = withKeys(kept, added);
	if (!keys) return undefined;
	await saveAdminKeys(keys);
	return keys.length - kept.length;
}

/**
 * Adds the keys of a key file (as `age-keygen` writes it, or as this app saves it) to this
 * device; keys it already has are kept once. Nothing is stored unless every line is right.
 */
export async function addKeyFile(text: string, now = new Date()): Promise<KeyFileOutcome> {
	if (text.length > KEY_FILE_MAX_BYTES) return { ok: false, problem: 'too-large' };
	const read = await (await ageFile()).readIdentityFile(text);
	if (!read.ok) return read;
	const addedAt = now.toISOString();
	const added = read.keys.map((key) => ({ ...key, addedAt }));
	const count = await keep(added);
	return count === undefined ? { ok: false, problem: 'too-many' } : { ok: true, added: count };
}

/** Makes a new key on this device; it becomes the current one. Undefined when there are too many. */
export async function makeAdminKey(now = new Date()): Promise<AdminKey | undefined> {
	const pair = await (await ageFile()).makeKeyPair();
	const key = { ...pair, addedAt: now.toISOString() };
	return (await keep([key])) === undefined ? undefined : key;
}
