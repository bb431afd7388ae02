import { z } from '../shared/zod.ts';
import { AGE_IDENTITY_PATTERN, AGE_RECIPIENT_PATTERN } from '../formats/patterns.ts';

/** How many keys a device keeps: the current one and the earlier ones summaries may be made for. */
export const ADMIN_KEYS_MAX = 20;

/**
 * One of the admin's age keys, kept on the admin's device only. The last one added is the
 * current key; earlier ones stay so that summaries made for them can still be opened.
 */
export const adminKeySchema = z.strictObject({
	identity: z.string().regex(AGE_IDENTITY_PATTERN),
	recipient: z.string().regex(AGE_RECIPIENT_PATTERN),
	addedAt: z.iso.datetime()
});
export type AdminKey = z.infer<typeof adminKeySchema>;

export const adminKeysSchema = z.array(adminKeySchema).max(ADMIN_KEYS_MAX);

/**
 * `kept` with the keys of `added` it does not have yet, after it (the last is the current key);
 * undefined when that would be more keys than a device keeps.
 */
export function withKeys(kept: AdminKey[], added: AdminKey[]): AdminKey[] | undefined {
	const keys = [...kept];
	const known = new Set(kept.map((key) => key.identity));
	for (const key of added) {
		if (known.has(key.identity)) continue;
		known.add(key.identity);
		keys.push(key);
	}
	return keys.length <= ADMIN_KEYS_MAX ? keys : undefined;
}
