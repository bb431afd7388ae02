import type { AdminKey } from './admin-keys.ts';

/**
 * The key file `age-keygen` would write for `key`: the age command line reads it as it is (kept
 * apart from the keys' schema, so that the page that saves it need not load zod).
 */
export function keyFileText(key: AdminKey): string {
	return `# created: ${key.addedAt}\n# public key: ${key.recipient}\n${key.identity}\n`;
}
