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

/** Who issued the device: the employer, or the person (BYOD). */
export const OWNERSHIPS = ['issued', 'personal'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const DEVICE_TYPES = ['pc', 'smartphone', 'tablet'] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

export const OPERATING_SYSTEMS = [
	'windows',
	'macos',
	'linux',
	'chromeos',
	'ios',
	'ipados',
	'android'
] as const;
export type OperatingSystem = (typeof OPERATING_SYSTEMS)[number];

/** The systems each device type can run; other pairs (iOS on a PC) are impossible contexts. */
export const OS_BY_DEVICE_TYPE: Record<DeviceType, readonly OperatingSystem[]> = {
	pc: ['windows', 'macos', 'linux', 'chromeos'],
	smartphone: ['ios', 'android'],
	tablet: ['ipados', 'android', 'windows']
};

export const NETWORKS = [
	'home-wifi',
	'home-wired',
	'public-wifi',
	'tethering',
	'shared-wifi'
] as const;
export type Network = (typeof NETWORKS)[number];

export const PLACES = ['own-room', 'shared-room', 'public-place', 'satellite-office'] as const;
export type Place = (typeof PLACES)[number];

/** The seven telework methods of the MIC Telework Security Guideline, 5th edition (2021). */
export const METHODS = [
	'vpn',
	'remote-desktop',
	'virtual-desktop',
	'secure-container',
	'secure-browser',
	'cloud-direct',
	'standalone'
] as const;
export type Method = (typeof METHODS)[number];

/** Yes/no facts about a person's situation that change what they must do. */
export const FACTS = [
	'handlesPersonalData',
	'printsAtHome',
	'sharedDevice',
	'externalMeetings'
] as const;
export type Fact = (typeof FACTS)[number];

/** How many people the organisation has: the admin's and owner's items are tiered by it. */
export const ORG_SIZES = ['up-to-5', '6-20', '21-100', 'over-100'] as const;
export type OrgSize = (typeof ORG_SIZES)[number];

/** Yes/no facts about the organisation that change what its admin and owner must do. */
export const ORG_FACTS = [
	'noItStaff',
	'personalDevicesAllowed',
	'handlesPersonalData',
	'usesCloud'
] as const;
export type OrgFact = (typeof ORG_FACTS)[number];

/** How sensitive a meeting is: it decides which meeting measures are MUST. */
export const SENSITIVITY_LEVELS = ['low', 'medium', 'high'] as const;
export type SensitivityLevel = (typeof SENSITIVITY_LEVELS)[number];

/** How strongly a criterion weighs in the verdict on a meeting app. */
export const CRITERION_TIERS = ['must', 'should'] as const;
export type CriterionTier = (typeof CRITERION_TIERS)[number];

/**
 * What is known about one app for one criterion: met as it comes, met once a setting is turned on
 * (or a plan bought), not met, or not known.
 */
export const CRITERION_ANSWERS = ['met', 'with-setting', 'not-met', 'unknown'] as const;
export type CriterionAnswer = (typeof CRITERION_ANSWERS)[number];

export const CRITERION_GROUPS = ['security', 'access', 'privacy', 'vendor'] as const;

/** The groups of the pre-meeting check: what the camera shows, what the mic hears, what a share shows, how you join. */
export const MEETING_AREAS = ['camera', 'mic', 'share', 'join'] as const;
export type MeetingArea = (typeof MEETING_AREAS)[number];

/** What a person says about one item on one device. */
export const ANSWER_STATUSES = ['done', 'not-yet', 'not-applicable', 'unknown', 'waiver'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** The answers of IPA's self-diagnosis (5分でできる！情報セキュリティ自社診断), in the order of its scale. */
export const IPA_ANSWERS = ['done', 'partly', 'not-done', 'unknown'] as const;
export type IpaAnswer = (typeof IPA_ANSWERS)[number];
