import type { PolicyPack } from '../formats/policy-pack.ts';

/** How many measures the organisation requires of everyone: items made MUST and own MUST items. */
export function requiredCount(pack: Pick<PolicyPack, 'overrides' | 'extraItems'>): number {
	const mustOverrides = Object.entries(pack.overrides).filter(([, tier]) => tier === 'must');
	const ownIds = new Set(pack.extraItems.map((item) => item.id));
	const ownMusts = pack.extraItems.filter(
		(item) => (pack.overrides[item.id] ?? item.tier) === 'must'
	).length;
	return mustOverrides.filter(([id]) => !ownIds.has(id)).length + ownMusts;
}
