import { z } from '../shared/zod.ts';
import { isoDate, kebabId, localizedText, plainText } from './text.ts';
import { conditionSchema } from './condition.ts';
import { seedPointId } from './traceability.ts';
import { CONTENT_VERSION_PATTERN } from './version.ts';
import { SETTINGS_URI_PATTERN } from '../formats/patterns.ts';
import { OPERATING_SYSTEMS, ROLES, THREATS, TIERS } from './vocabulary.ts';

function uniqueList<T extends z.ZodType>(element: T, max: number) {
	return z
		.array(element)
		.min(1, 'must list at least one entry')
		.max(max, `must list at most ${max} entries`)
		.refine((list) => new Set(list).size === list.length, {
			message: 'must not repeat an entry',
			params: { expect: 'unique' }
		});
}

export const sourceSchema = z.strictObject({
	title: plainText(200),
	url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).max(500),
	asOf: isoDate
});
export type Source = z.infer<typeof sourceSchema>;

export const stepSchema = localizedText(400).extend({
	settingsUri: z
		.string()
		.max(200)
		.regex(SETTINGS_URI_PATTERN, 'must be an ms-settings: or x-apple.systempreferences: link')
		.optional()
});
export type Step = z.infer<typeof stepSchema>;

const steps = z
	.array(stepSchema)
	.min(1, 'must give at least one step')
	.max(12, 'must give at most 12 steps');

/** A tier that holds whenever its condition matches; the item's `tier` holds otherwise. */
export const plainTierRuleSchema = z.strictObject({ tier: z.enum(TIERS), when: conditionSchema });

/**
 * A tier rule of the built-in content. `seed`: the seed point (SEED-POINTS.md) that requires this
 * tier in this situation; traceability.yaml must list the item under it.
 */
export const tierRuleSchema = plainTierRuleSchema.extend({ seed: seedPointId().optional() });
export type TierRule = z.infer<typeof tierRuleSchema>;

export const itemSchema = z.strictObject({
	id: kebabId(),
	roles: uniqueList(z.enum(ROLES), ROLES.length),
	category: kebabId(),
	/** The tier where no tier rule matches. */
	tier: z.enum(TIERS),
	/** Checked in order; the first matching rule decides. */
	tierRules: z.array(tierRuleSchema).min(1).max(10).optional(),
	/** The item applies when any of these match (always, when absent)... */
	appliesWhen: z.array(conditionSchema).min(1).max(10).optional(),
	/** ...and none of these match. */
	exceptWhen: z.array(conditionSchema).min(1).max(10).optional(),
	threats: uniqueList(z.enum(THREATS), THREATS.length),
	title: localizedText(120),
	why: localizedText(600),
	how: steps,
	/** Steps that replace `how` on one operating system, where the way to do it differs. */
	howByOs: z.partialRecord(z.enum(OPERATING_SYSTEMS), steps).optional(),
	effortMinutes: z.int().min(1).max(480),
	recheckDays: z.int().min(1).max(3650).optional(),
	/**
	 * The content version in which the item's meaning last changed: answers given to an older
	 * version show as needing a re-check. Absent while the item means what it first meant.
	 */
	updatedIn: z
		.string()
		.regex(CONTENT_VERSION_PATTERN, 'must be a content version like 2026.11.1')
		.optional(),
	sources: z.array(sourceSchema).min(1, 'must cite at least one source').max(10),
	/**
	 * For an owner's item: the admin item that covers it when the owner is the admin too (no IT
	 * staff). Their one combined list then shows that item only.
	 */
	combinedInto: kebabId().optional()
});
export type Item = z.infer<typeof itemSchema>;
