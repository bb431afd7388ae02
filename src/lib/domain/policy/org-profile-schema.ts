import { z } from '../shared/zod.ts';
import { METHODS, ORG_FACTS, ORG_SIZES } from '../content/vocabulary.ts';
import type { OrgProfile } from './org-profile.ts';

/** The organisation's profile as a policy pack carries it (see `OrgProfile`). */
export const orgProfileSchema = z.strictObject({
	size: z.enum(ORG_SIZES),
	methods: z
		.array(z.enum(METHODS))
		.min(1, 'choose at least one')
		.max(METHODS.length)
		.refine((list) => new Set(list).size === list.length, {
			message: 'must not repeat a value',
			params: { expect: 'unique' }
		}),
	facts: z.strictObject(
		Object.fromEntries(ORG_FACTS.map((fact) => [fact, z.boolean()])) as Record<
			(typeof ORG_FACTS)[number],
			z.ZodBoolean
		>
	)
}) satisfies z.ZodType<OrgProfile>;
