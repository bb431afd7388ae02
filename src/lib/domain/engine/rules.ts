import type { RuleContext } from './context.ts';
import type { Condition, ConditionAxis } from '../content/condition.ts';
import type { Item } from '../content/item-schema.ts';
import type { OrgFact, Tier } from '../content/vocabulary.ts';

/**
 * Whether one axis of a condition holds: scalar axes by equality, set axes by overlap, facts when
 * any listed one is true. An axis the context lacks (an organisation has no device) never holds.
 */
function axisMatches(
	axis: ConditionAxis,
	values: readonly string[],
	context: RuleContext
): boolean {
	switch (axis) {
		case 'ownership':
		case 'deviceType':
		case 'os': {
			const own = context[axis];
			return own !== undefined && values.includes(own);
		}
		case 'networks':
		case 'places':
		case 'methods':
			return (context[axis] ?? []).some((v: string) => values.includes(v));
		case 'facts':
			return values.some((fact) => context.facts?.[fact as keyof RuleContext['facts']] === true);
		case 'orgSize':
			return context.org !== undefined && values.includes(context.org.size);
		case 'orgFacts':
			return values.some((fact) => context.org?.facts[fact as OrgFact] === true);
	}
}

/** True when every axis the condition names matches the context. */
export function conditionMatches(condition: Condition, context: RuleContext): boolean {
	return (Object.entries(condition) as [ConditionAxis, string[]][]).every(([axis, values]) =>
		axisMatches(axis, values, context)
	);
}

/** Whether the item is on this person's list at all (role, appliesWhen, exceptWhen). */
export function itemApplies(item: Item, context: RuleContext): boolean {
	if (!item.roles.includes(context.role)) return false;
	if (item.appliesWhen && !item.appliesWhen.some((c) => conditionMatches(c, context))) return false;
	return !item.exceptWhen?.some((c) => conditionMatches(c, context));
}

export interface ResolvedTier {
	tier: Tier;
	/** The rule that set the tier, if any (its condition explains "why MUST here"). */
	rule?: Condition;
	/** The seed point that requires the rule's tier, if the rule names one. */
	seed?: string;
	/** Rules that also matched but asked for another tier: a content error. */
	conflicts: Condition[];
}

/** The item's tier in this context: the first matching tier rule, else its base tier. */
export function resolveTier(item: Item, context: RuleContext): ResolvedTier {
	const matching = (item.tierRules ?? []).filter((r) => conditionMatches(r.when, context));
	const first = matching[0];
	if (!first) return { tier: item.tier, conflicts: [] };
	return {
		tier: first.tier,
		rule: first.when,
		...(first.seed ? { seed: first.seed } : {}),
		conflicts: matching.filter((r) => r.tier !== first.tier).map((r) => r.when)
	};
}
