import { z } from '../shared/zod.ts';
import { isoDate, kebabId, plainText } from '../content/text';
import { ANSWER_STATUSES, type AnswerStatus } from '../content/vocabulary';
import { contextSchema } from './context';
import { PROFILE_ID_PATTERN } from '../formats/patterns.ts';

export { ANSWER_STATUSES, type AnswerStatus };

export const profileIdSchema = z
	.string()
	.min(1)
	.max(64)
	.regex(PROFILE_ID_PATTERN, 'must use only letters, digits, "-" and "_"');

/** One person's answer to one checklist item on one device profile. */
export const answerSchema = z
	.strictObject({
		profileId: profileIdSchema,
		itemId: kebabId(),
		status: z.enum(ANSWER_STATUSES),
		reason: plainText(500).optional(),
		waiverUntil: isoDate.optional(),
		note: plainText(2000).optional(),
		/** The content version the person saw when answering: a later change marks the answer stale. */
		contentVersion: z.string().min(1).max(32),
		updatedAt: z.iso.datetime(),
		/** Goes up by one on every save, so the newest write can always be told apart. */
		revision: z.int().min(1)
	})
	.refine((a) => a.status !== 'waiver' || (a.reason && a.waiverUntil), {
		message: 'a waiver needs a reason and an expiry date',
		path: ['status'],
		params: { expect: 'waiver-reason' }
	});
export type Answer = z.infer<typeof answerSchema>;

/** A device profile: one device with its own context and answers ("work laptop", "my phone"). */
export const profileSchema = z.strictObject({
	id: profileIdSchema,
	name: plainText(60),
	/** Absent until the person has answered the set-up questions for this device. */
	context: contextSchema.optional(),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime()
});
export type Profile = z.infer<typeof profileSchema>;

export const DEFAULT_PROFILE_ID = 'default';

/** The next answer record after a change of status; `previous` is the stored one, if any. */
export function nextAnswer(
	previous: Answer | undefined,
	change: Pick<Answer, 'profileId' | 'itemId' | 'status'> &
		Partial<Pick<Answer, 'reason' | 'waiverUntil' | 'note'>>,
	contentVersion: string,
	now: Date
): Answer {
	const { waiverUntil, reason, ...kept } = previous ?? ({} as Partial<Answer>);
	const keepsReason = change.status === 'waiver' || change.status === 'not-applicable';
	return answerSchema.parse({
		...kept,
		// A reason and an expiry belong to the status they explained; they do not outlive it.
		...(keepsReason && reason ? { reason } : {}),
		...(change.status === 'waiver' && waiverUntil ? { waiverUntil } : {}),
		...change,
		contentVersion,
		updatedAt: now.toISOString(),
		revision: (previous?.revision ?? 0) + 1
	});
}
