import type { ChecklistContent } from '../content/compile.ts';
import type { Condition, ConditionAxis } from '../content/condition.ts';
import type { Item } from '../content/item-schema.ts';
import type { Tier } from '../content/vocabulary.ts';
import type { RuleContext } from './context.ts';
import type { Override, PolicyPack } from '../formats/policy-pack.ts';
import { conditionMatches, itemApplies, resolveTier } from './rules.ts';

/** One fact about the person that made an item apply or set its tier: "you use public Wi-Fi". */
export interface Reason {
	axis: ConditionAxis;
	value: string;
}

export interface ResolvedItem {
	item: Item;
	tier: Tier;
	/** Why this item is on the list (empty: it applies to everyone in this role). */
	appliesBecause: Reason[];
	/** Why it has this tier here (empty: its usual tier). */
	tierBecause: Reason[];
	/** The seed point that requires this tier here (not when the organisation set the tier). */
	tierSeed?: string;
	/** The organisation changed the tier or added the item. */
	setByOrg: boolean;
}

/** The context's own values on one axis: `['public-wifi']`, the facts that are true. */
function ownValues(axis: ConditionAxis, context: RuleContext): string[] {
	switch (axis) {
		case 'facts':
			return Object.entries(context.facts ?? {}).flatMap(([fact, on]) => (on ? [fact] : []));
		case 'orgFacts':
			return Object.entries(context.org?.facts ?? {}).flatMap(([fact, on]) => (on ? [fact] : []));
		case 'orgSize':
			return context.org ? [context.org.size] : [];
		default:
			return ([] as string[]).concat(context[axis] ?? []);
	}
}

/** The person's (or organisation's) own values that satisfy a condition, as reasons. */
function reasonsFor(condition: Condition | undefined, context: RuleContext): Reason[] {
	if (!condition) return [];
	return (Object.entries(condition) as [ConditionAxis, string[]][]).flatMap(([axis, values]) =>
		ownValues(axis, context)
			.filter((value) => values.includes(value))
			.map((value) => ({ axis, value }))
	);
}

/** An item that applies, with its tier: all a count needs (no reasons, no order). */
export interface ApplicableItem {
	item: Item;
	tier: Tier;
	/** The item's own tier here, before the organisation's override. */
	usualTier: Tier;
	rule: Condition | undefined;
	seed: string | undefined;
	override: Exclude<Override, 'off'> | undefined;
	/** One of the organisation's own items. */
	own: boolean;
}

function applicable(
	item: Item,
	context: RuleContext,
	pack: PolicyPack | undefined,
	own: boolean
): ApplicableItem | undefined {
	const override = pack?.overrides[item.id];
	if (override === 'off' || !itemApplies(item, context)) return undefined;
	const resolved = resolveTier(item, context);
	return {
		item,
		tier: override ?? resolved.tier,
		usualTier: resolved.tier,
		rule: resolved.rule,
		seed: resolved.seed,
		override,
		own
	};
}

/**
 * The items that apply to a context with their tiers, the content's then the organisation's, in
 * content order. The checklist adds reasons and order; an aggregate over thousands of people
 * needs only this.
 */
export function applicableItems(
	content: ChecklistContent,
	context: RuleContext,
	pack?: PolicyPack
): ApplicableItem[] {
	return [
		...content.items.map((item) => applicable(item, context, pack, false)),
		...(pack?.extraItems ?? []).map((item) => applicable(item, context, pack, true))
	].filter((a): a is ApplicableItem => a !== undefined);
}

function withReasons(a: ApplicableItem, context: RuleContext): ResolvedItem {
	const applying = a.item.appliesWhen?.find((c) => conditionMatches(c, context));
	return {
		item: a.item,
		tier: a.tier,
		appliesBecause: reasonsFor(applying, context),
		tierBecause: a.override ? [] : reasonsFor(a.rule, context),
		...(a.seed && !a.override ? { tierSeed: a.seed } : {}),
		setByOrg: a.own || (a.override !== undefined && a.override !== a.usualTier)
	};
}

/**
 * The checklist for one context: the items that apply, with their tiers and reasons, MUST
 * before SHOULD, then by category order, then content order (org items after the content's).
 * Pure and deterministic; the organisation's pack may override tiers, turn items off and add
 * its own items, which follow the same rules.
 */
export function buildChecklist(
	content: ChecklistContent,
	context: RuleContext,
	pack?: PolicyPack
): ResolvedItem[] {
	return inChecklistOrder(
		content,
		applicableItems(content, context, pack).map((a) => withReasons(a, context))
	);
}

/** MUST before SHOULD, then by category order, then in the order given (content order). */
export function inChecklistOrder(
	content: ChecklistContent,
	list: readonly ResolvedItem[]
): ResolvedItem[] {
	const categoryOrder = new Map(content.categories.map((c, i) => [c.id, i]));
	const position = new Map(list.map((r, i) => [r, i]));
	const rank = (r: ResolvedItem) => categoryOrder.get(r.item.category) ?? categoryOrder.size;
	return [...list].sort(
		(a, b) =>
			(a.tier === b.tier ? 0 : a.tier === 'must' ? -1 : 1) ||
			rank(a) - rank(b) ||
			position.get(a)! - position.get(b)!
	);
}
