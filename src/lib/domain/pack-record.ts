import { z } from './zod.ts';
import { policyPackSchema, upgradePackV2 } from './formats/policy-pack.ts';

/** A pack stored by an earlier version of the app (format version 2) is read as the current one. */
function upgradeStored(value: unknown): unknown {
	const stored = value as Record<string, unknown> | null;
	return typeof stored === 'object' && stored?.formatVersion === 2 ? upgradePackV2(stored) : value;
}

/** `active`: the policy this device follows. `draft`: the policy an admin is writing. */
export const PACK_SLOTS = ['active', 'draft'] as const;
export type PackSlot = (typeof PACK_SLOTS)[number];

export const packRecordSchema = z.strictObject({
	slot: z.enum(PACK_SLOTS),
	pack: z.preprocess(upgradeStored, policyPackSchema),
	/** For the draft: the last version published from it (0 = never published). */
	publishedVersion: z.int().min(0),
	savedAt: z.iso.datetime()
});
export type PackRecord = z.infer<typeof packRecordSchema>;
