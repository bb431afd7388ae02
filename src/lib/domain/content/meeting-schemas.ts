import { z } from '../shared/zod.ts';
import { conditionSchema } from './condition.ts';
import { sourceSchema } from './item-schema.ts';
import { isoDate, kebabId, localizedText } from './text.ts';
import {
	CRITERION_ANSWERS,
	CRITERION_GROUPS,
	CRITERION_TIERS,
	MEETING_AREAS,
	SENSITIVITY_LEVELS,
	type CriterionAnswer,
	type CriterionTier,
	type MeetingArea,
	type SensitivityLevel
} from './vocabulary.ts';

// The words live in vocabulary.ts, so that pages which only need them do not load zod.
export type { CriterionAnswer, CriterionTier, MeetingArea, SensitivityLevel };

function uniqueBy<T>(key: (entry: T) => string, what: string) {
	return (list: T[], ctx: z.RefinementCtx) => {
		const seen = new Set<string>();
		list.forEach((entry, index) => {
			const id = key(entry);
			if (seen.has(id)) {
				ctx.addIssue({ code: 'custom', path: [index], message: `${what} "${id}" is listed twice` });
			}
			seen.add(id);
		});
	};
}

export const criterionSchema = z.strictObject({
	id: kebabId(),
	tier: z.enum(CRITERION_TIERS),
	group: z.enum(CRITERION_GROUPS),
	title: localizedText(100),
	why: localizedText(500),
	howToFind: localizedText(500),
	sources: z.array(sourceSchema).min(1, 'must cite at least one source').max(6)
});
export type Criterion = z.infer<typeof criterionSchema>;

/** `checklists/meetings/criteria.yaml`: what a meeting app is vetted against. */
export const criteriaFileSchema = z.strictObject({
	criteria: z
		.array(criterionSchema)
		.min(1)
		.max(40)
		.superRefine(uniqueBy((c) => c.id, 'criterion'))
});

export const sensitivityLevelSchema = z.strictObject({
	id: z.enum(SENSITIVITY_LEVELS),
	name: localizedText(40),
	description: localizedText(300)
});
export type SensitivityLevelInfo = z.infer<typeof sensitivityLevelSchema>;

/** One thing to do for a meeting; MUST from `mustFrom` upwards, SHOULD below it. */
export const meetingMeasureSchema = z.strictObject({
	id: kebabId(),
	title: localizedText(120),
	why: localizedText(400),
	mustFrom: z.enum(SENSITIVITY_LEVELS),
	/** The group it is listed under in the pre-meeting check. */
	area: z.enum(MEETING_AREAS),
	/** Only whoever sets the meeting up can do it (passcode, waiting room, recording, lock). */
	hostOnly: z.literal(true).optional(),
	/** Situations where it is already met and is not asked (a company device, for "join from a company device"). */
	exceptWhen: z.array(conditionSchema).min(1).max(5).optional(),
	/**
	 * Checklist items that ask for the same measure: they must be MUST wherever a person's
	 * meetings reach `mustFrom` (a content test checks), so the two never disagree.
	 */
	items: z
		.array(kebabId())
		.min(1)
		.max(5)
		.refine((list) => new Set(list).size === list.length, 'must not repeat an item')
		.optional(),
	sources: z.array(sourceSchema).min(1, 'must cite at least one source').max(6)
});
export type MeetingMeasure = z.infer<typeof meetingMeasureSchema>;

/** `checklists/meetings/sensitivity.yaml`: the three meeting levels and what each makes MUST. */
export const sensitivityFileSchema = z.strictObject({
	levels: z
		.array(sensitivityLevelSchema)
		.length(SENSITIVITY_LEVELS.length, 'must describe low, medium and high')
		.superRefine(uniqueBy((l) => l.id, 'level')),
	measures: z
		.array(meetingMeasureSchema)
		.min(1)
		.max(40)
		.superRefine(uniqueBy((m) => m.id, 'measure'))
});

export const appFactSchema = z.strictObject({
	criterion: kebabId(),
	answer: z.enum(CRITERION_ANSWERS),
	/** What the source says, in a sentence; for `unknown`, what was looked for and not found. */
	fact: localizedText(400),
	/** Where the fact comes from; for `unknown`, where it was looked for. */
	source: sourceSchema
});
export type AppFact = z.infer<typeof appFactSchema>;

/**
 * Who can change a setting: each person in their own account or meeting (`user`), or only an
 * administrator in the app's admin console or contract (`admin`). Employees see only theirs.
 */
export const SETTING_WHO = ['user', 'admin'] as const;
export type SettingWho = (typeof SETTING_WHO)[number];

/** A setting an organisation should require, with where to find it. */
export const appSettingSchema = z.strictObject({
	id: kebabId(),
	name: localizedText(120),
	where: localizedText(300),
	who: z.enum(SETTING_WHO),
	/** Menus move between versions and plans: the card says so instead of pretending. */
	checkInVersion: z.boolean(),
	/** The meeting level from which this setting is required (low = always). */
	requiredFrom: z.enum(SENSITIVITY_LEVELS),
	criterion: kebabId().optional(),
	source: sourceSchema
});
export type AppSetting = z.infer<typeof appSettingSchema>;

/** `checklists/meetings/apps/<app>.yaml`: sourced facts and hardening settings for one app. */
export const appCardFileSchema = z.strictObject({
	app: kebabId(),
	product: localizedText(80),
	/** Which plan or edition the facts describe. */
	scope: localizedText(300),
	reviewedAt: isoDate,
	facts: z
		.array(appFactSchema)
		.min(1)
		.max(40)
		.superRefine(uniqueBy((f) => f.criterion, 'criterion')),
	settings: z
		.array(appSettingSchema)
		.min(1)
		.max(30)
		.superRefine(uniqueBy((s) => s.id, 'setting'))
});
export type AppCard = z.infer<typeof appCardFileSchema>;

/** Everything the meeting pages need, compiled with the rest of the content. */
export interface MeetingContent {
	criteria: Criterion[];
	levels: SensitivityLevelInfo[];
	measures: MeetingMeasure[];
	cards: AppCard[];
}
