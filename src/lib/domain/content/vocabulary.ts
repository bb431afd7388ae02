// The fixed vocabularies of the content model, apart from the schemas so that pages which only
// need the words do not load zod.

export const ROLES = ['employee', 'admin', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export const TIERS = ['must', 'should'] as const;
export type Tier = (typeof TIERS)[number];

export const THREATS = [
	'malware',
	'unauthorised-access',
	'eavesdropping',
	'loss-theft',
	'information-leakage',
	'fraud-impersonation'
] as const;
export type Threat = (typeof THREATS)[number];
