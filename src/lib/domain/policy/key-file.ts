import { AGE_IDENTITY_PREFIX } from '../formats/patterns.ts';
import type { AdminKey } from './admin-keys.ts';

/**
 * The key file `age-keygen` would write for `key`: the age command line reads it as it is (kept
 * apart from the keys' schema, so that the page that saves it need not load zod).
 */
export function keyFileText(key: AdminKey): string {
	return `# created: ${key.addedAt}\n# public key: ${key.recipient}\n${key.identity}\n`;
}

/**
 * The secret key in groups for copying by hand from paper: its prefix, then five characters a
 * group (the last may be shorter). Joined without spaces they are the identity again.
 */
export function keyGroups(identity: string): string[] {
	// The prefix is written as one group on paper.
	const prefixed = identity.startsWith(AGE_IDENTITY_PREFIX);
	const rest = prefixed ? identity.slice(AGE_IDENTITY_PREFIX.length) : identity;
	const groups = rest.match(/.{1,5}/g) ?? [];
	return prefixed ? [AGE_IDENTITY_PREFIX, ...groups] : groups;
}
