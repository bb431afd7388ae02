import type { Method, OrgFact, OrgSize, Role } from '../content/vocabulary.ts';
import type { RuleContext } from '../engine/context.ts';

/**
 * What the admin's and owner's lists are tiered by: the organisation's size, whether it has IT
 * staff, how people reach its systems (the MIC telework methods; `cloud-direct` alone means
 * cloud services only), and whether it allows personal devices, handles personal data and uses
 * cloud services. Its schema lives in `org-profile-schema.ts`, so that the lists load no zod.
 */
export interface OrgProfile {
	size: OrgSize;
	methods: Method[];
	facts: Record<OrgFact, boolean>;
}

/** The admin's or owner's situation as the rule engine sees it. */
export function orgRuleContext(role: Exclude<Role, 'employee'>, profile: OrgProfile): RuleContext {
	return { role, methods: profile.methods, org: { size: profile.size, facts: profile.facts } };
}

/** An owner without IT staff is the admin too: one list holds both roles' items. */
export function ownerIsAdmin(profile: OrgProfile | undefined): boolean {
	return profile?.facts.noItStaff === true;
}
