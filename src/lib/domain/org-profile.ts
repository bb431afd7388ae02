import { z } from './zod.ts';
import { METHODS, ORG_FACTS, ORG_SIZES, type Role } from './content/vocabulary.ts';
import type { RuleContext } from './context.ts';

/**
 * What the admin's and owner's lists are tiered by: the organisation's size, whether it has IT
 * staff, how people reach its systems (the MIC telework methods; `cloud-direct` alone means
 * cloud services only), and whether it allows personal devices, handles personal data and uses
 * cloud services.
 */
export const orgProfileSchema = z.strictObject({
	size: z.enum(ORG_SIZES),
	methods: z
		.array(z.enum(METHODS))
		.min(1, 'choose at least one')
		.max(METHODS.length)
		.refine((list) => new Set(list).size === list.length, 'must not repeat a value'),
	facts: z.strictObject(
		Object.fromEntries(ORG_FACTS.map((fact) => [fact, z.boolean()])) as Record<
			(typeof ORG_FACTS)[number],
			z.ZodBoolean
		>
	)
});
export type OrgProfile = z.infer<typeof orgProfileSchema>;

/** The admin's or owner's situation as the rule engine sees it. */
export function orgRuleContext(role: Exclude<Role, 'employee'>, profile: OrgProfile): RuleContext {
	return { role, methods: profile.methods, org: { size: profile.size, facts: profile.facts } };
}

/** An owner without IT staff is the admin too: one list holds both roles' items. */
export function ownerIsAdmin(profile: OrgProfile | undefined): boolean {
	return profile?.facts.noItStaff === true;
}
