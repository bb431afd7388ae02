import { z } from '../shared/zod.ts';
import { kebabId } from './text.ts';

/**
 * App capabilities that answer a seed point where no single checklist item can. Only
 * capabilities that exist are listed: a seed point is not "answered" by a plan.
 */
export const APP_FEATURES = [
	'tiered-checklist',
	'context-rules',
	'role-views',
	'plain-language-steps'
] as const;

export const seedPointId = () =>
	z.string().regex(/^SP-[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'must be a seed point id like SP-TIER');

export const seedPointTraceSchema = z
	.strictObject({
		id: seedPointId(),
		items: z.array(kebabId()).min(1).max(40).optional(),
		features: z.array(z.enum(APP_FEATURES)).min(1).max(APP_FEATURES.length).optional()
	})
	.refine((t) => t.items || t.features, 'must name at least one item or app feature');

/** `checklists/traceability.yaml`: every seed point and what answers it. */
export const traceabilityFileSchema = z.strictObject({
	seedPoints: z.array(seedPointTraceSchema).min(1).max(200)
});
export type Traceability = z.infer<typeof traceabilityFileSchema>;
