import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compileContent, type Content } from '$lib/domain/content/compile';
import type { Condition } from '$lib/domain/content/condition';
import type { Item } from '$lib/domain/content/item-schema';
import {
	DEVICE_TYPES,
	FACTS,
	METHODS,
	NETWORKS,
	OPERATING_SYSTEMS,
	OS_BY_DEVICE_TYPE,
	OWNERSHIPS,
	PLACES,
	ROLES,
	TIERS
} from '$lib/domain/content/vocabulary';
import { contextSchema, type TeleworkContext } from '$lib/domain/engine/context';
import {
	OVERRIDES,
	newPolicyPack,
	policyPackSchema,
	type PolicyPack
} from '$lib/domain/formats/policy-pack';
import { itemApplies, resolveTier } from '$lib/domain/engine/rules';
import { applicableItems, buildChecklist, type ResolvedItem } from '$lib/domain/engine/tiering';
import { readChecklistFiles } from '$lib/node/read-checklists';

const compiled = compileContent(await readChecklistFiles('checklists'));
if (!compiled.ok) throw new Error('the checklist content does not compile');
const content: Content = compiled.content;

const contentIds = content.items.map((i) => i.id);
const ORG_IDS = ['org-extra-a', 'org-extra-b', 'org-extra-c', 'org-extra-d', 'org-extra-e'];
const ORG_CATEGORY = 'org-rules';

/** Some values of a vocabulary, at least `min`, without repeats. */
const someOf = <T extends string>(all: readonly T[], min = 1) =>
	fc.uniqueArray(fc.constantFrom(...all), { minLength: min, maxLength: all.length });

const devicePairs = DEVICE_TYPES.flatMap((deviceType) =>
	OS_BY_DEVICE_TYPE[deviceType].map((os) => ({ deviceType, os }))
);

/** Any valid context: only device/OS pairs that exist, sets with at least what the schema needs. */
const contextArb: fc.Arbitrary<TeleworkContext> = fc
	.record({
		role: fc.constantFrom(...ROLES),
		ownership: fc.constantFrom(...OWNERSHIPS),
		device: fc.constantFrom(...devicePairs),
		networks: someOf(NETWORKS),
		places: someOf(PLACES),
		methods: someOf(METHODS, 0),
		meetingApps: someOf(['zoom', 'microsoft-teams', 'google-meet', 'webex'], 0),
		facts: fc.record(
			Object.fromEntries(FACTS.map((f) => [f, fc.boolean()])) as Record<
				(typeof FACTS)[number],
				fc.Arbitrary<boolean>
			>
		)
	})
	.map(({ device, ...rest }) => ({ ...rest, ...device }));

const conditionArb: fc.Arbitrary<Condition> = fc
	.record(
		{
			ownership: someOf(OWNERSHIPS),
			deviceType: someOf(DEVICE_TYPES),
			os: someOf(OPERATING_SYSTEMS),
			networks: someOf(NETWORKS),
			places: someOf(PLACES),
			methods: someOf(METHODS),
			facts: someOf(FACTS)
		},
		{ requiredKeys: [] }
	)
	.filter((c) => Object.keys(c).length > 0);

const conditions = fc.option(fc.array(conditionArb, { minLength: 1, maxLength: 3 }), {
	nil: undefined
});

/** An organisation's own item, in a content category or its own. */
const extraItemArb: fc.Arbitrary<Item> = fc
	.record({
		id: fc.constantFrom(...ORG_IDS),
		roles: someOf(ROLES),
		category: fc.constantFrom(...content.categories.map((c) => c.id), ORG_CATEGORY),
		tier: fc.constantFrom(...TIERS),
		tierRules: fc.option(
			fc.array(fc.record({ tier: fc.constantFrom(...TIERS), when: conditionArb }), {
				minLength: 1,
				maxLength: 3
			}),
			{ nil: undefined }
		),
		appliesWhen: conditions,
		exceptWhen: conditions
	})
	.map((shape): Item => ({
		// Absent, not undefined: as the YAML loader gives them.
		...(Object.fromEntries(
			Object.entries(shape).filter(([, v]) => v !== undefined)
		) as typeof shape),
		threats: ['information-leakage'],
		title: { ja: '会社の決まり', en: 'Company rule' },
		why: { ja: '理由', en: 'Why' },
		how: [{ ja: '手順', en: 'Step' }],
		effortMinutes: 5,
		sources: [{ title: 'Company rules', url: 'https://example.com/rules', asOf: '2026-11-24' }]
	}));

/** Overrides of content items and of the organisation's own items, and its extra items. */
const packArb: fc.Arbitrary<PolicyPack> = fc
	.record({
		overrides: fc.uniqueArray(
			fc.tuple(fc.constantFrom(...contentIds, ...ORG_IDS), fc.constantFrom(...OVERRIDES)),
			{ selector: ([id]) => id, maxLength: 60 }
		),
		extraItems: fc.uniqueArray(extraItemArb, { selector: (i) => i.id, maxLength: ORG_IDS.length })
	})
	.map(({ overrides, extraItems }) => ({
		...newPolicyPack(
			'example-corp',
			{ ja: '例株式会社', en: 'Example Corp' },
			'2026-11-24T00:00:00.000Z'
		),
		overrides: Object.fromEntries(overrides),
		extraItems
	}));

const maybePack = fc.option(packArb, { nil: undefined });

const categoryRank = new Map(content.categories.map((c, i) => [c.id, i]));
const contentPosition = new Map(contentIds.map((id, i) => [id, i]));

/** Where an item must sit: tier, then category order, then content order (org items last). */
function sortKey(r: ResolvedItem, pack: PolicyPack | undefined): number[] {
	const extra = pack?.extraItems.findIndex((i) => i === r.item) ?? -1;
	return [
		r.tier === 'must' ? 0 : 1,
		categoryRank.get(r.item.category) ?? content.categories.length,
		extra >= 0 ? contentIds.length + extra : contentPosition.get(r.item.id)!
	];
}

/** Orders sort keys position by position. */
const byKey = (a: number[], b: number[]) => {
	const i = a.findIndex((v, j) => v !== b[j]);
	return i < 0 ? 0 : a[i]! - b[i]!;
};

describe('buildChecklist (properties over the real content)', () => {
	test.prop([contextArb, maybePack])('generates only valid inputs', (context, pack) => {
		expect(contextSchema.safeParse(context).success).toBe(true);
		if (pack) expect(policyPackSchema.safeParse(pack).error).toBeUndefined();
	});

	test.prop([contextArb, maybePack])(
		'is deterministic and does not depend on the order of the overrides',
		(context, pack) => {
			const first = buildChecklist(content, context, pack);
			expect(buildChecklist(content, structuredClone(context), pack)).toEqual(first);
			if (pack) {
				const reversed = {
					...pack,
					overrides: Object.fromEntries(Object.entries(pack.overrides).reverse())
				};
				expect(buildChecklist(content, context, reversed)).toEqual(first);
			}
		}
	);

	test.prop([contextArb, maybePack])(
		'puts MUST before SHOULD, then category order, then content order',
		(context, pack) => {
			const keys = buildChecklist(content, context, pack).map((r) => sortKey(r, pack));
			expect(keys).toEqual([...keys].sort(byKey));
		}
	);

	test.prop([contextArb, maybePack])(
		'lists exactly the items that apply and are not turned off, each once',
		(context, pack) => {
			const list = buildChecklist(content, context, pack);
			const ids = list.map((r) => r.item.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const { item } of list) {
				expect(itemApplies(item, context), item.id).toBe(true);
				expect(content.items.includes(item) || pack?.extraItems.includes(item), item.id).toBe(true);
			}
			const expected = [...content.items, ...(pack?.extraItems ?? [])].filter(
				(item) => itemApplies(item, context) && pack?.overrides[item.id] !== 'off'
			);
			expect([...ids].sort()).toEqual(expected.map((i) => i.id).sort());
		}
	);

	test.prop([contextArb, maybePack])(
		"gives the organisation's tier where it set one, the content's tier elsewhere",
		(context, pack) => {
			for (const r of buildChecklist(content, context, pack)) {
				const override = pack?.overrides[r.item.id];
				expect(override, r.item.id).not.toBe('off');
				if (override === 'must') expect(r.tier, r.item.id).toBe('must');
				if (override) expect(r.tier, r.item.id).toBe(override);
				else expect(r.tier, r.item.id).toBe(resolveTier(r.item, context).tier);
			}
		}
	);

	test.prop([contextArb, packArb])(
		"shows the organisation's own items when they apply, marked as set by the organisation",
		(context, pack) => {
			const list = buildChecklist(content, context, pack);
			for (const item of pack.extraItems) {
				const found = list.find((r) => r.item === item);
				const shown = itemApplies(item, context) && pack.overrides[item.id] !== 'off';
				expect(found !== undefined, item.id).toBe(shown);
				if (found) expect(found.setByOrg).toBe(true);
			}
			for (const r of list.filter((r) => content.items.includes(r.item))) {
				const override = pack.overrides[r.item.id];
				// Marked only where the organisation changed what the person would have seen.
				const own = resolveTier(r.item, context).tier;
				expect(r.setByOrg, r.item.id).toBe(override !== undefined && override !== own);
			}
		}
	);

	test.prop([contextArb, maybePack])(
		'gives reasons that name only values the context really has',
		(context, pack) => {
			for (const r of buildChecklist(content, context, pack)) {
				for (const { axis, value } of [...r.appliesBecause, ...r.tierBecause]) {
					expect(axis === 'orgFacts' || axis === 'orgSize', `${r.item.id}: ${axis}`).toBe(false);
					const has =
						axis === 'facts'
							? context.facts[value as keyof TeleworkContext['facts']] === true
							: ([] as string[])
									.concat(context[axis as Exclude<typeof axis, 'orgFacts' | 'orgSize'>])
									.includes(value);
					expect(has, `${r.item.id}: ${axis}=${value}`).toBe(true);
				}
				if (r.item.appliesWhen) expect(r.appliesBecause.length, r.item.id).toBeGreaterThan(0);
			}
		}
	);

	test.prop([contextArb, maybePack])(
		'applicableItems (what the aggregate counts) holds the same items and tiers as the list',
		(context, pack) => {
			const key = (item: Item, tier: string) => `${item.id}:${tier}`;
			const list = buildChecklist(content, context, pack).map((r) => key(r.item, r.tier));
			const counted = applicableItems(content, context, pack).map((a) => key(a.item, a.tier));
			expect([...counted].sort()).toEqual([...list].sort());
		}
	);
});
