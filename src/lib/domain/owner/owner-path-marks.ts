import { z } from '../shared/zod.ts';

/**
 * What the owner's path remembers on this device that no other record says: that the policy was
 * handed out, that the result was seen and printed, and how many people should send a summary.
 */
export const ownerPathMarksSchema = z.strictObject({
	/** The owner set out on the path from their checklist (before the company's profile says so). */
	startedAt: z.iso.datetime().optional(),
	sharedAt: z.iso.datetime().optional(),
	viewedAt: z.iso.datetime().optional(),
	printedAt: z.iso.datetime().optional(),
	expected: z.int().min(1).max(10_000).optional()
});
export type OwnerPathMarks = z.infer<typeof ownerPathMarksSchema>;
