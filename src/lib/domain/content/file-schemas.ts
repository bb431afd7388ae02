import { z } from 'zod';
import { itemSchema } from './item-schema.ts';
import { kebabId, localizedText, plainText } from './text.ts';

export const CONTENT_VERSION_PATTERN = /^\d{4}\.\d{1,2}\.\d{1,3}$/;

export const categorySchema = z.strictObject({
	id: kebabId(),
	name: localizedText(60),
	description: localizedText(300)
});
export type Category = z.infer<typeof categorySchema>;

/** `checklists/content.yaml`: the content version and the categories, in display order. */
export const contentMetaFileSchema = z.strictObject({
	contentVersion: z
		.string()
		.regex(CONTENT_VERSION_PATTERN, 'must look like 2026.11.1 (year.month.release)'),
	categories: z.array(categorySchema).min(1).max(40)
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
