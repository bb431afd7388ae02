import { z } from '../shared/zod.ts';
import { isoDate, kebabId } from '../content/text.ts';
import { rulesAckSchema } from '../formats/summary.ts';

/** That this person acknowledged an organisation's rules: the version read, and when. */
export const storedRulesAckSchema = rulesAckSchema.extend({ orgId: kebabId() });
export type StoredRulesAck = z.infer<typeof storedRulesAckSchema>;

/** The last summary a device sent: when it was made and until when it holds. */
export const sentRecordSchema = z.strictObject({
	createdAt: z.iso.datetime(),
	validUntil: isoDate,
	orgId: kebabId().optional()
});
export type SentRecord = z.infer<typeof sentRecordSchema>;

/**
 * Whether the rules of the policy followed still wait for this person's acknowledgement: the
 * policy has rules, and none of this version (or a later one) was acknowledged for its
 * organisation.
 */
export function rulesAwaitAck(
	pack: { orgId: string; rules?: { version: number } } | undefined,
	ack: StoredRulesAck | undefined
): boolean {
	if (!pack?.rules) return false;
	return !ack || ack.orgId !== pack.orgId || ack.version < pack.rules.version;
}
