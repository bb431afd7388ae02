import type { AdminKey } from './admin-keys.ts';

/**
 * The key file `age-keygen` would write for `key`: the age command line reads it as it is (kept
 * apart from the keys' schema, so that the page that saves it need not load zod).
 */
export function keyFileText(key: AdminKey): string {
	return `# created: ${key.addedAt}\n# public key: ${key.recipient}\n${key.identity}\n`;
}

/** The identity's prefix, written as one group on paper. */
const IDENTITY_PREFIX = 'AGE-SECRET-KEY-1';

/**
 * The secret key in groups for copying by hand from paper: its prefix, then five characters a
 * group (the last may be shorter). Joined without spaces they are the identity again.
 */
export function keyGroups(identity: string): string[] {
	const rest = identity.startsWith(IDENTITY_PREFIX)
		? identity.slice(IDENTITY_PREFIX.length)
		: identity;
	const groups = rest.match(/.{1,5}/g) ?? [];
	return identity.startsWith(IDENTITY_PREFIX) ? [IDENTITY_PREFIX, ...groups] : groups;
}
