import { z } from '../shared/zod.ts';
import { kebabId } from '../content/text.ts';
import { CONTENT_VERSION_PATTERN } from '../content/version.ts';
import { TIERS } from '../content/vocabulary.ts';
import { RESPONDENT_ID_PATTERN } from '../formats/patterns.ts';

export const AGGREGATE_FORMAT = 'telework-check-aggregate';
export const AGGREGATE_FORMAT_VERSION = 2;

/**
 * What an applicable item's answer amounts to for one device profile. `changed` and `due` are
 * stale settled answers and, like `unanswered`, count as not done (the posture rules).
 */
export const OUTCOMES = [
	'done',
	'notYet',
	'unknown',
	'notApplicable',
	'waived',
	'changed',
	'due',
	'unanswered'
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcomes that leave an item open: everything but done, not applicable and waived. */
export const OPEN_OUTCOMES = ['notYet', 'unknown', 'changed', 'due', 'unanswered'] as const;

export const BREAKDOWN_DIMENSIONS = [
	'ownership',
	'deviceType',
	'os',
	'network',
	'place',
	'method',
	'department'
] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** Inclusive ranges of MUST coverage in percent; the last one is "every MUST done". */
export const MUST_BUCKETS = [
	[0, 49],
	[50, 79],
	[80, 99],
	[100, 100]
] as const;

export const APP_STATUSES = ['not-approved', 'undecided', 'approved'] as const;

const count = z.int().min(0);
/** Floored to one decimal, so that 100 means all and 0 means none. */
const percent = z.number().min(0).max(100);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const respondentId = z.string().regex(RESPONDENT_ID_PATTERN);
/** `respondentId/profileRef`: pseudonymous, as the summaries carry them. */
const profileKey = z.string().max(200);
const keyList = z.array(profileKey);

const itemRowSchema = z.strictObject({
	itemId: kebabId(),
	title: z.strictObject({ ja: z.string(), en: z.string() }),
	category: kebabId(),
	/** MUST when the item is MUST for at least one profile it applies to. */
	tier: z.enum(TIERS),
	mustProfiles: count,
	applicable: count,
	counts: z.strictObject(
		Object.fromEntries(OUTCOMES.map((o) => [o, count])) as Record<Outcome, typeof count>
	),
	open: count,
	openPercent: percent,
	/** Done over counted (applicable − not applicable − waived), as a posture counts; 100 if none. */
	donePercent: percent,
	/** Who to ask, per open outcome (`stale` is changed and due together). */
	drillDown: z.strictObject({
		notYet: keyList,
		unknown: keyList,
		stale: keyList,
		unanswered: keyList
	})
});
export type ItemRow = z.infer<typeof itemRowSchema>;

const groupSchema = z.strictObject({
	/** null: not given (no department; no telework method known). */
	value: z.string().nullable(),
	profiles: count,
	mustAllDone: count,
	mustAllDonePercent: percent
});
export type BreakdownGroup = z.infer<typeof groupSchema>;

const breakdownSchema = z.strictObject({
	dimension: z.enum(BREAKDOWN_DIMENSIONS),
	groups: z.array(groupSchema)
});
export type Breakdown = z.infer<typeof breakdownSchema>;

const meetingAppRowSchema = z.strictObject({
	app: kebabId(),
	status: z.enum(APP_STATUSES),
	profiles: count,
	respondents: count
});
export type MeetingAppRow = z.infer<typeof meetingAppRowSchema>;

const waiverRowSchema = z.strictObject({
	itemId: kebabId(),
	count,
	active: count,
	expired: count,
	earliestUntil: isoDay,
	latestUntil: isoDay
});
export type WaiverRow = z.infer<typeof waiverRowSchema>;

const staleSchema = z.strictObject({
	/** Profiles with at least one stale answer. */
	profiles: count,
	changed: count,
	due: count,
	items: z.array(z.strictObject({ itemId: kebabId(), changed: count, due: count }))
});
export type StaleAnswers = z.infer<typeof staleSchema>;

const trendPointSchema = z.strictObject({
	date: isoDay,
	profiles: count,
	mustAllDone: count,
	mustAllDonePercent: percent
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

const reportFormat = z.literal(AGGREGATE_FORMAT);
const reportFields = {
	generatedAt: z.iso.datetime(),
	contentVersion: z.string().regex(CONTENT_VERSION_PATTERN),
	policy: z.strictObject({ orgId: kebabId(), packVersion: z.int().min(1) }).nullable(),
	settings: z.strictObject({ minGroupSize: z.int().min(2), recheckDays: z.int().min(1) }),
	totals: z.strictObject({
		profiles: count,
		respondents: count,
		/** Profiles left out: two different files carry the same top revision. */
		conflicts: keyList
	}),
	mustCoverage: z.strictObject({
		allDone: count,
		allDonePercent: percent,
		buckets: z.array(z.strictObject({ fromPercent: percent, toPercent: percent, profiles: count }))
	}),
	items: z.array(itemRowSchema),
	breakdowns: z.array(breakdownSchema),
	meetingApps: z.array(meetingAppRowSchema),
	waivers: z.array(waiverRowSchema),
	stale: staleSchema
};
const trend = z.array(trendPointSchema);

function noSmallGroups(r: { breakdowns: Breakdown[]; settings: { minGroupSize: number } }) {
	return r.breakdowns.every((b) => b.groups.every((g) => g.profiles >= r.settings.minGroupSize));
}
const SMALL_GROUP = {
	message: 'a breakdown group is smaller than the minimum group size',
	path: ['breakdowns']
};

/** Version 1: people silent for the re-check interval instead of the attestation section. */
export const aggregateReportV1Schema = z
	.strictObject({
		format: reportFormat,
		formatVersion: z.literal(1),
		...reportFields,
		notReportedRecently: z.array(
			z.strictObject({ respondentId, lastReportedAt: z.iso.datetime() })
		),
		trend
	})
	.refine(noSmallGroups, SMALL_GROUP);

const attestationSchema = z.strictObject({
	/** People, by the device of theirs that is due first. */
	current: count,
	dueSoon: count,
	expired: count,
	/** Everyone due soon or expired: the people to remind, the longest expired first. */
	due: z.array(
		z.strictObject({
			respondentId,
			state: z.enum(['due-soon', 'expired']),
			validUntil: isoDay,
			lastReportedAt: z.iso.datetime(),
			devices: count
		})
	)
});

const rulesSchema = z
	.strictObject({
		/** The rules version of the policy; an acknowledgement of it or a later one counts. */
		version: z.int().min(1),
		respondents: count,
		acknowledged: count,
		notAcknowledged: z.array(respondentId)
	})
	.nullable();

/**
 * The organisation's posture from its staff's summaries, recomputed with the current content
 * and policy. Breakdown groups smaller than `settings.minGroupSize` are never in it.
 */
export const aggregateReportSchema = z
	.strictObject({
		format: reportFormat,
		formatVersion: z.literal(AGGREGATE_FORMAT_VERSION),
		...reportFields,
		attestation: attestationSchema,
		rules: rulesSchema,
		trend
	})
	.refine(noSmallGroups, SMALL_GROUP);
export type AggregateReport = z.infer<typeof aggregateReportSchema>;
