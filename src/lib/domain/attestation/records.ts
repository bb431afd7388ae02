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
