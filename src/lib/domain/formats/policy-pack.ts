import { z } from '../shared/zod.ts';
import { itemSchema, plainTierRuleSchema, sourceSchema } from '../content/item-schema.ts';
import { SENSITIVITY_LEVELS } from '../content/vocabulary.ts';
import { isoDate, kebabId, localizedText, plainText } from '../content/text.ts';
import { VERDICTS } from '../meetings/vetting.ts';
import { orgProfileSchema } from '../policy/org-profile-schema.ts';
import {
	AGE_RECIPIENT_PATTERN,
	ORG_ITEM_ID_MAX,
	ORG_ITEM_ID_PATTERN,
	PHONE_PATTERN
} from './patterns.ts';
import {
	DEFAULT_MIN_GROUP_SIZE,
	DEFAULT_RECHECK_DAYS,
	OVERRIDES,
	POLICY_PACK_FORMAT,
	POLICY_PACK_FORMAT_VERSION,
	RULES_TEXT_MAX,
	SUMMARY_FIELD_RULES,
	type Override,
	type SummaryFieldRule
} from './new-policy-pack.ts';

// Importable from here too, with the rest of the format (they live apart, without zod).
export {
	DEFAULT_MIN_GROUP_SIZE,
	DEFAULT_RECHECK_DAYS,
	OVERRIDES,
	POLICY_PACK_FORMAT,
	POLICY_PACK_FORMAT_VERSION,
	SUMMARY_FIELD_RULES,
	type Override,
	type SummaryFieldRule
};
export { newPolicyPack } from './new-policy-pack.ts';

export const helpDeskSchema = z.strictObject({
	name: localizedText(80),
	phone: z
		.string()
		.regex(PHONE_PATTERN, 'must be a phone number (digits, spaces, + - ( ))')
		.optional(),
	email: z.email('must be an e-mail address').max(120).optional(),
	url: z
		.url({ protocol: /^https$/, error: 'must be an https:// URL' })
		.max(300)
		.optional(),
	hours: localizedText(120).optional()
});
export type HelpDesk = z.infer<typeof helpDeskSchema>;

function uniqueIds<T>(id: (entry: T) => string) {
	return (list: T[], ctx: z.RefinementCtx) => {
		const seen = new Set<string>();
		list.forEach((entry, index) => {
			if (seen.has(id(entry))) {
				ctx.addIssue({
					code: 'custom',
					path: [index],
					message: `"${id(entry)}" is listed twice`,
					params: { expect: 'unique-value', value: id(entry) }
				});
			}
			seen.add(id(entry));
		});
	};
}

const overridesSchema = z
	.record(kebabId(), z.enum(OVERRIDES))
	.refine((overrides) => Object.keys(overrides).length <= 500, {
		message: 'must override at most 500 items',
		params: { expect: 'max-items', max: 500 }
	});

/** An own item's id: never a built-in item's (see ORG_ITEM_ID_PATTERN). */
export const orgItemIdSchema = z
	.string()
	.max(ORG_ITEM_ID_MAX, `must be at most ${ORG_ITEM_ID_MAX} characters`)
	.regex(ORG_ITEM_ID_PATTERN, 'must start with "org-" and be kebab-case');

/**
 * Ids in other catalogues. Built-in items lost this field (the crosswalks are content of their
 * own, checklists/crosswalks/); packs written to formats 1–3 may still carry it, so it is read
 * and kept, never used.
 */
const legacyCrosswalkSchema = z.strictObject({
	mic: z.array(plainText(40)).min(1).max(10).optional(),
	ipa: z.array(plainText(40)).min(1).max(10).optional(),
	nist80046: z.array(plainText(40)).min(1).max(10).optional(),
	nist800114: z.array(plainText(40)).min(1).max(10).optional()
});

/**
 * An item in a pack: the built-in model, with an own item's id and tier rules that cite no seed
 * point (ours alone do).
 */
const packItemSchema = itemSchema.extend({
	id: orgItemIdSchema,
	tierRules: z.array(plainTierRuleSchema).min(1).max(10).optional(),
	crosswalk: legacyCrosswalkSchema.optional()
});

/**
 * An organisation's own item: the same model as a built-in one, except that a source is optional
 * (an in-house rule often has no public page to cite).
 */
export const orgItemSchema = packItemSchema.extend({ sources: z.array(sourceSchema).max(10) });
export type OrgItem = z.infer<typeof orgItemSchema>;

/** The organisation's own items: each id once, or two items would share one answer. */
function ownItemsSchema<T extends z.ZodType<{ id: string }>>(item: T) {
	return z
		.array(item)
		.max(200)
		.superRefine(uniqueIds((entry: { id: string }) => entry.id));
}

/** Version 1: help desks, overrides and extra items only. Still read, upgraded to the current one. */
export const policyPackV1Schema = z.strictObject({
	format: z.literal(POLICY_PACK_FORMAT),
	formatVersion: z.literal(1),
	orgId: kebabId(),
	orgName: localizedText(120),
	helpDesk: z.array(helpDeskSchema).max(5),
	overrides: overridesSchema,
	extraItems: ownItemsSchema(packItemSchema),
	issuedAt: z.iso.datetime(),
	note: plainText(1000).optional()
});

/** A setting the organisation requires in an approved meeting app, from a meeting level upwards. */
export const requiredSettingSchema = z.strictObject({
	id: kebabId(),
	name: localizedText(120),
	where: localizedText(300).optional(),
	requiredFrom: z.enum(SENSITIVITY_LEVELS)
});
export type RequiredSetting = z.infer<typeof requiredSettingSchema>;

export const APP_DECISIONS = ['approved', 'not-approved'] as const;
export type AppDecision = (typeof APP_DECISIONS)[number];

const packMeetingAppFields = {
	/** A built-in app id (`zoom`) or the organisation's own id for another app. */
	app: kebabId(),
	name: localizedText(80),
	decision: z.enum(APP_DECISIONS),
	settings: z
		.array(requiredSettingSchema)
		.max(30)
		.superRefine(uniqueIds((s: RequiredSetting) => s.id)),
	vettedAt: isoDate,
	/** When the built-in card the vetting started from was last reviewed. */
	cardReviewedAt: isoDate.optional(),
	note: plainText(500).optional()
};

/** Version 2 knew three verdicts: an unknown MUST criterion could only count as not met. */
const packMeetingAppV2Schema = z.strictObject({
	...packMeetingAppFields,
	verdict: z.enum(['recommended', 'allowed-with-settings', 'not-recommended'])
});

/**
 * The organisation's decision on one meeting app, with the vetting verdict it was based on and,
 * for "needs checking", the MUST criteria that were not known yet.
 */
export const packMeetingAppSchema = z
	.strictObject({
		...packMeetingAppFields,
		verdict: z.enum(VERDICTS),
		openPoints: z
			.array(kebabId())
			.min(1)
			.max(40)
			.refine((list) => new Set(list).size === list.length, {
				message: 'must not repeat a criterion',
				params: { expect: 'unique' }
			})
			.optional()
	})
	.superRefine((entry, ctx) => {
		if ((entry.verdict === 'needs-checking') !== (entry.openPoints !== undefined)) {
			ctx.addIssue({
				code: 'custom',
				path: ['openPoints'],
				message: 'lists the criteria not known yet, only and always for "needs-checking"',
				params: { expect: 'open-points' }
			});
		}
	});
export type PackMeetingApp = z.infer<typeof packMeetingAppSchema>;

function packSchemaWith<V extends number, A extends z.ZodType<{ app: string }>>(
	formatVersion: V,
	meetingApp: A
) {
	return z.strictObject({
		format: z.literal(POLICY_PACK_FORMAT),
		formatVersion: z.literal(formatVersion),
		orgId: kebabId(),
		orgName: localizedText(120),
		packVersion: z.int().min(1).max(1_000_000),
		helpDesk: z.array(helpDeskSchema).max(5),
		overrides: overridesSchema,
		extraItems: ownItemsSchema(orgItemSchema),
		meetingApps: z
			.array(meetingApp)
			.max(40)
			.superRefine(uniqueIds((a: { app: string }) => a.app)),
		recheckDays: z.int().min(7).max(730),
		summaryFields: z.strictObject({
			name: z.enum(SUMMARY_FIELD_RULES),
			department: z.enum(SUMMARY_FIELD_RULES)
		}),
		minGroupSize: z.int().min(2).max(100),
		issuedAt: z.iso.datetime(),
		note: plainText(1000).optional()
	});
}

/** Version 2: as version 3, with three verdicts. Still read, upgraded. */
export const policyPackV2Schema = packSchemaWith(2, packMeetingAppV2Schema);

/** Version 3: as version 4, without the rules people acknowledge or an attestation date. */
export const policyPackV3Schema = packSchemaWith(3, packMeetingAppSchema).extend({
	orgProfile: orgProfileSchema.optional()
});

/**
 * The organisation's telework rules, which each person reads and acknowledges once per version.
 * `version` is the pack version that last changed the text: republishing the pack for anything
 * else does not ask everyone to acknowledge again.
 */
export const packRulesSchema = z.strictObject({
	text: localizedText(RULES_TEXT_MAX),
	version: z.int().min(1).max(1_000_000)
});
export type PackRules = z.infer<typeof packRulesSchema>;

/** What version 4 added to version 3. */
const rulesFields = {
	/** Tiers the admin's and owner's lists; absent until someone answers it. */
	orgProfile: orgProfileSchema.optional(),
	rules: packRulesSchema.optional(),
	/** The organisation-wide check date, for everyone's calendar. */
	attestationDate: isoDate.optional()
};

/** Version 4: as version 5, without the admin's public key. Still read, upgraded. */
export const policyPackV4Schema = packSchemaWith(4, packMeetingAppSchema).extend(rulesFields);

/**
 * An organisation's policy: who to call, tier overrides, items turned off, its own items, its
 * decisions on meeting apps, how often to re-check, what a summary must carry, the smallest
 * group a breakdown may show, its telework rules, the date by which everyone confirms their
 * check again and the admin's public key. `packVersion` goes up on every publish.
 */
export const policyPackSchema = packSchemaWith(POLICY_PACK_FORMAT_VERSION, packMeetingAppSchema)
	.extend({
		...rulesFields,
		/**
		 * The admin's age X25519 public key: when present, summaries are encrypted to it. A new
		 * pack version may carry a new key (the admin keeps the old identity to open old files).
		 */
		recipient: z
			.string()
			.regex(AGE_RECIPIENT_PATTERN, 'must be an age public key (age1…)')
			.optional()
	})
	.refine((pack) => !pack.rules || pack.rules.version <= pack.packVersion, {
		message: 'must not be newer than the policy version',
		path: ['rules', 'version'],
		params: { expect: 'rules-version' }
	});
export type PolicyPack = z.infer<typeof policyPackSchema>;

/** Version 4 → 5: no public key yet, so summaries stay unencrypted. */
export function upgradePackV4(data: Record<string, unknown>): Record<string, unknown> {
	return { ...data, formatVersion: 5 };
}

/** Version 3 → 5: no rules and no attestation date yet. */
export function upgradePackV3(data: Record<string, unknown>): Record<string, unknown> {
	return upgradePackV4({ ...data, formatVersion: 4 });
}

/** Version 2 → 5: a v2 verdict is a v3 verdict; "needs checking" did not exist yet. */
export function upgradePackV2(data: Record<string, unknown>): Record<string, unknown> {
	return upgradePackV3({ ...data, formatVersion: 3 });
}

/** Version 1 → 5: the new fields take the defaults a v1 pack implied. */
export function upgradePackV1(data: Record<string, unknown>): Record<string, unknown> {
	return upgradePackV2({
		...data,
		formatVersion: 2,
		packVersion: 1,
		meetingApps: [],
		recheckDays: DEFAULT_RECHECK_DAYS,
		summaryFields: { name: 'optional', department: 'optional' },
		minGroupSize: DEFAULT_MIN_GROUP_SIZE
	});
}
