import { z } from '../shared/zod.ts';
import { itemSchema } from './item-schema.ts';
import { kebabId, localizedText, plainText } from './text.ts';
import { CONTENT_VERSION_PATTERN } from './version.ts';

export const categorySchema = z.strictObject({
	id: kebabId(),
	name: localizedText(60),
	description: localizedText(300)
});
export type Category = z.infer<typeof categorySchema>;

/** A meeting app a person can say they use (the vetting facts live with the meeting content). */
export const meetingAppSchema = z.strictObject({ id: kebabId(), name: localizedText(60) });
export type MeetingApp = z.infer<typeof meetingAppSchema>;

/** `checklists/content.yaml`: the content version, the categories in display order, meeting apps. */
export const contentMetaFileSchema = z.strictObject({
	contentVersion: z
		.string()
		.regex(CONTENT_VERSION_PATTERN, 'must look like 2026.11.1 (year.month.release)'),
	categories: z.array(categorySchema).min(1).max(40),
	meetingApps: z.array(meetingAppSchema).max(40).default([])
});
export type ContentMetaFile = z.infer<typeof contentMetaFileSchema>;

/** `checklists/items/*.yaml`: a list of checklist items. */
export const itemsFileSchema = z.strictObject({
	items: z.array(itemSchema).min(1).max(500)
});
export type ItemsFile = z.infer<typeof itemsFileSchema>;

export const retiredIdSchema = z.strictObject({
	id: kebabId(),
	retiredIn: z.string().regex(CONTENT_VERSION_PATTERN, 'must be a content version'),
	reason: plainText(300)
});

/** `checklists/retired.yaml`: ids that were used once and must never be used again. */
export const retiredFileSchema = z.strictObject({
	retired: z.array(retiredIdSchema).max(5000)
});
export type RetiredFile = z.infer<typeof retiredFileSchema>;
