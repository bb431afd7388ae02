import { describe, expect, it } from 'vitest';
import { contextSchema, type TeleworkContext } from '$lib/domain/engine/context';
import { singleValueContexts } from '$lib/domain/engine/context-combinations';
import type { Item } from '$lib/domain/content/item-schema';
import { OS_BY_DEVICE_TYPE } from '$lib/domain/content/vocabulary';
import { conditionMatches, itemApplies, resolveTier } from '$lib/domain/engine/rules';

const base: TeleworkContext = {
	role: 'employee',
	ownership: 'issued',
	deviceType: 'pc',
	os: 'windows',
	networks: ['home-wifi'],
	places: ['own-room'],
	methods: ['vpn'],
	meetingApps: [],
	facts: {
		handlesPersonalData: false,
		printsAtHome: false,
		sharedDevice: false,
		externalMeetings: false
	}
};
const context = (over: Partial<TeleworkContext> = {}) => ({ ...base, ...over });

const item = (over: Partial<Item> = {}): Item => ({
	id: 'public-wifi-tethering',
	roles: ['employee'],
	category: 'network',
	tier: 'should',
	threats: ['eavesdropping'],
	title: { ja: 't', en: 't' },
	why: { ja: 'w', en: 'w' },
	how: [{ ja: 'h', en: 'h' }],
	effortMinutes: 5,
	sources: [{ title: 's', url: 'https://example.org', asOf: '2026-11-24' }],
	...over
});

describe('conditionMatches', () => {
	it('matches scalar axes by equality and set axes by overlap', () => {
		expect(conditionMatches({ os: ['windows', 'macos'] }, context())).toBe(true);
		expect(conditionMatches({ os: ['macos'] }, context())).toBe(false);
		const onTheMove = context({ networks: ['home-wifi', 'public-wifi'] });
		expect(conditionMatches({ networks: ['public-wifi'] }, onTheMove)).toBe(true);
		expect(conditionMatches({ networks: ['tethering'] }, onTheMove)).toBe(false);
	});

	it('needs every axis it names (and), any value within an axis (or)', () => {
		const condition = { deviceType: ['pc' as const], networks: ['public-wifi' as const] };
		expect(conditionMatches(condition, context({ networks: ['public-wifi'] }))).toBe(true);
		expect(conditionMatches(condition, context())).toBe(false);
		expect(
			conditionMatches(
				condition,
				context({ deviceType: 'smartphone', os: 'ios', networks: ['public-wifi'] })
			)
		).toBe(false);
	});

	it('matches facts when any listed fact is true', () => {
		const printing = context({ facts: { ...base.facts, printsAtHome: true } });
		expect(conditionMatches({ facts: ['printsAtHome', 'sharedDevice'] }, printing)).toBe(true);
		expect(conditionMatches({ facts: ['sharedDevice'] }, printing)).toBe(false);
	});

	it('never matches an unknown method when none is known', () => {
		expect(conditionMatches({ methods: ['vpn'] }, context({ methods: [] }))).toBe(false);
	});
});

describe('itemApplies and resolveTier', () => {
	const tethering = item({
		appliesWhen: [{ networks: ['public-wifi', 'shared-wifi'] }],
		exceptWhen: [{ methods: ['standalone'] }],
		tierRules: [{ tier: 'must', when: { networks: ['public-wifi'] } }]
	});

	it('applies by role, appliesWhen and exceptWhen', () => {
		expect(itemApplies(tethering, context())).toBe(false);
		expect(itemApplies(tethering, context({ networks: ['shared-wifi'] }))).toBe(true);
		expect(
			itemApplies(tethering, context({ networks: ['shared-wifi'], methods: ['standalone'] }))
		).toBe(false);
		expect(itemApplies(tethering, context({ role: 'owner', networks: ['shared-wifi'] }))).toBe(
			false
		);
	});

	it('takes the first matching tier rule and says which', () => {
		const onPublic = resolveTier(tethering, context({ networks: ['public-wifi'] }));
		expect(onPublic).toEqual({ tier: 'must', rule: { networks: ['public-wifi'] }, conflicts: [] });
		expect(resolveTier(tethering, context({ networks: ['shared-wifi'] }))).toEqual({
			tier: 'should',
			conflicts: []
		});
	});

	it('reports rules that match together but disagree', () => {
		const confused = item({
			tierRules: [
				{ tier: 'must', when: { networks: ['public-wifi'] } },
				{ tier: 'should', when: { deviceType: ['pc'] } }
			]
		});
		expect(resolveTier(confused, context({ networks: ['public-wifi'] })).conflicts).toEqual([
			{ deviceType: ['pc'] }
		]);
	});
});

describe('contexts', () => {
	it('rejects impossible device and OS pairs', () => {
		expect(contextSchema.safeParse(base).success).toBe(true);
		const iosPc = contextSchema.safeParse(context({ os: 'ios' }));
		expect(iosPc.success).toBe(false);
		expect(iosPc.error?.issues[0]?.path).toEqual(['os']);
	});

	it('needs at least one network and place; methods may be unknown', () => {
		expect(contextSchema.safeParse(context({ networks: [] })).success).toBe(false);
		expect(contextSchema.safeParse(context({ places: [] })).success).toBe(false);
		expect(contextSchema.safeParse(context({ methods: [] })).success).toBe(true);
		expect(contextSchema.safeParse(context({ networks: ['home-wifi', 'home-wifi'] })).success).toBe(
			false
		);
	});

	it('enumerates every single-value employee context, all of them valid', () => {
		const all = [...singleValueContexts()];
		const devicePairs = Object.values(OS_BY_DEVICE_TYPE).flat().length;
		expect(all).toHaveLength(2 * devicePairs * 5 * 4 * 8 * 16);
		for (const c of all.filter((_, i) => i % 997 === 0)) expect(contextSchema.parse(c)).toEqual(c);
		expect(new Set(all.map((c) => JSON.stringify(c))).size).toBe(all.length);
	});
});
