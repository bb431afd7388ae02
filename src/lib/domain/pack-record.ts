import { z } from './zod.ts';
import { policyPackSchema } from './formats/policy-pack.ts';

/** `active`: the policy this device follows. `draft`: the policy an admin is writing. */
export const PACK_SLOTS = ['active', 'draft'] as const;
export type PackSlot = (typeof PACK_SLOTS)[number];

export const packRecordSchema = z.strictObject({
	slot: z.enum(PACK_SLOTS),
	pack: policyPackSchema,
	/** For the draft: the last version published from it (0 = never published). */
	publishedVersion: z.int().min(0),
	savedAt: z.iso.datetime()
});
export type PackRecord = z.infer<typeof packRecordSchema>;
