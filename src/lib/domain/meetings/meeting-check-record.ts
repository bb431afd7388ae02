import { z } from '../shared/zod.ts';
import { SENSITIVITY_LEVELS } from '../content/vocabulary.ts';

/** The last check, kept on the device: when, for which level, and what was left open. */
export const meetingCheckRecordSchema = z.strictObject({
	checkedAt: z.iso.datetime(),
	level: z.enum(SENSITIVITY_LEVELS),
	open: z.array(z.string().max(80)).max(100)
});
export type MeetingCheckRecord = z.infer<typeof meetingCheckRecordSchema>;
