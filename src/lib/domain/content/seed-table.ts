import { singleValueContexts } from '../engine/context-combinations.ts';
import { itemApplies, resolveTier } from '../engine/rules.ts';
import type { ChecklistContent } from './compile.ts';
import type { Condition } from './condition.ts';
import type { Item } from './item-schema.ts';
import type { Traceability } from './traceability.ts';

export function describeCondition(condition: Condition): string {
	return Object.entries(condition)
		.map(([axis, values]) => `${axis}: ${(values as string[]).join(' / ')}`)
		.join(' and ');
}

/** In how many of the employee contexts where the item applies it is MUST. */
function mustShare(item: Item): { must: number; applies: number } {
	const share = { must: 0, applies: 0 };
	for (const context of singleValueContexts('employee')) {
		if (!itemApplies(item, context)) continue;
		share.applies++;
		if (resolveTier(item, context).tier === 'must') share.must++;
	}
	return share;
}

/** The tier the item has where the seed point names a situation, or its tiers otherwise. */
function tierWhere(item: Item, seed: string): string {
	const named = (item.tierRules ?? []).filter((rule) => rule.seed === seed);
	if (named.length > 0)
		return named.map((r) => `${r.tier.toUpperCase()} when ${describeCondition(r.when)}`).join('; ');
	const others = (item.tierRules ?? []).map(
		(r) => `${r.tier.toUpperCase()} when ${describeCondition(r.when)}`
	);
	return [`${item.tier.toUpperCase()} (base)`, ...others].join('; ');
}

/**
 * For each seed point, the items that answer it and their tier in the situations the point
 * names (the tier rules that cite it), with how often an employee item is MUST where it applies.
 */
export function seedTable(content: ChecklistContent, traceability: Traceability): string[] {
	const items = new Map(content.items.map((i) => [i.id, i]));
	const shares = new Map<string, string>();
	const counted = (item: Item): string => {
		if (!item.roles.includes('employee')) return '–';
		if (!shares.has(item.id)) {
			const share = mustShare(item);
			shares.set(item.id, `${share.must} / ${share.applies}`);
		}
		return shares.get(item.id)!;
	};
	const lines = [
		'| Seed point | Item | Roles | Tier where the point applies | Employee contexts MUST / applies |',
		'|---|---|---|---|---|'
	];
	for (const point of traceability.seedPoints) {
		if (!point.items) {
			lines.push(`| ${point.id} | (app feature: ${point.features?.join(', ')}) | – | – | – |`);
			continue;
		}
		for (const id of point.items) {
			const item = items.get(id);
			if (!item) continue;
			lines.push(
				`| ${point.id} | \`${id}\` | ${item.roles.join(', ')} | ${tierWhere(item, point.id)} | ${counted(item)} |`
			);
		}
	}
	return lines;
}
