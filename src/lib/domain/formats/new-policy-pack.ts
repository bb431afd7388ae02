import type { PolicyPack } from './policy-pack.ts';

// A new policy, the defaults it starts from and the choices its fields offer, apart from the
// schema so that creating or editing a draft does not load zod.

export const POLICY_PACK_FORMAT = 'telework-check-policy-pack';
export const POLICY_PACK_FORMAT_VERSION = 5;

export const DEFAULT_RECHECK_DAYS = 90;
export const DEFAULT_MIN_GROUP_SIZE = 5;
/** The rules people acknowledge: a few pages, per language. */
export const RULES_TEXT_MAX = 10_000;

/** What an organisation does to one checklist item: make it MUST or SHOULD, or turn it off. */
export const OVERRIDES = ['must', 'should', 'off'] as const;
export type Override = (typeof OVERRIDES)[number];

export const SUMMARY_FIELD_RULES = ['required', 'optional', 'forbidden'] as const;
export type SummaryFieldRule = (typeof SUMMARY_FIELD_RULES)[number];

/** A pack that changes nothing yet: the start of an organisation's policy. */
export function newPolicyPack(
	orgId: string,
	orgName: PolicyPack['orgName'],
	issuedAt: string
): PolicyPack {
	return {
		format: POLICY_PACK_FORMAT,
		formatVersion: POLICY_PACK_FORMAT_VERSION,
		orgId,
		orgName,
		packVersion: 1,
		helpDesk: [],
		overrides: {},
		extraItems: [],
		meetingApps: [],
		recheckDays: DEFAULT_RECHECK_DAYS,
		summaryFields: { name: 'optional', department: 'optional' },
		minGroupSize: DEFAULT_MIN_GROUP_SIZE,
		issuedAt
	};
}
