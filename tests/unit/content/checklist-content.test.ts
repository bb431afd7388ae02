import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type Content } from '$lib/domain/content/compile';
import { renderOverview, tierCounts } from '$lib/domain/content/overview';
import type { Traceability } from '$lib/domain/content/traceability';
import { singleValueContexts } from '$lib/domain/engine/context-combinations';
import { itemApplies, resolveTier } from '$lib/domain/engine/rules';
import { readChecklistFiles } from '$lib/node/read-checklists';

// Checks of the real content in checklists/ (the schema itself is tested with fixtures). The
// checks over all 46,080 employee contexts take seconds: they get a longer time limit.
let content: Content;
let traceability: Traceability;

beforeAll(async () => {
	const result = compileContent(await readChecklistFiles('checklists'));
	if (!result.ok) throw new Error(result.issues.map((i) => JSON.stringify(i)).join('\n'));
	content = result.content;
	if (!result.traceability) throw new Error('checklists/traceability.yaml is missing');
	traceability = result.traceability;
});

const byRole = (role: string) => content.items.filter((i) => i.roles.includes(role as never));

describe('the checklist content', () => {
	it('has enough items for every role', () => {
		expect(byRole('employee').length).toBeGreaterThanOrEqual(60);
		expect(byRole('admin').length).toBeGreaterThanOrEqual(30);
		expect(byRole('owner').length).toBeGreaterThanOrEqual(15);
	});

	it('gives every employee context a MUST list of 8 to 35 items, without contradictory tiers', () => {
		const employeeItems = byRole('employee');
		let contexts = 0;
		for (const context of singleValueContexts('employee')) {
			contexts++;
			const { must } = tierCounts(employeeItems, context);
			if (must < 8 || must > 35) {
				expect.fail(`${must} MUST items in ${JSON.stringify(context)}`);
			}
			for (const item of employeeItems) {
				if (!itemApplies(item, context)) continue;
				const { conflicts } = resolveTier(item, context);
				if (conflicts.length > 0)
					expect.fail(`${item.id} has contradictory tiers in ${JSON.stringify(context)}`);
			}
		}
		expect(contexts).toBe(46_080);
	}, 60_000);

	it('uses every category, and only categories that exist', () => {
		const used = new Set(content.items.map((i) => i.category));
		expect([...used].sort()).toEqual(content.categories.map((c) => c.id).sort());
	});

	it('gives every item that can be MUST concrete steps, not vague advice', () => {
		const vague = /appropriate|as needed|適切な|適宜|必要に応じて/i;
		for (const item of content.items) {
			const canBeMust = item.tier === 'must' || item.tierRules?.some((r) => r.tier === 'must');
			const steps = [...item.how, ...Object.values(item.howByOs ?? {}).flat()];
			for (const step of steps) {
				expect(vague.test(step.en) || vague.test(step.ja), `${item.id}: "${step.en}"`).toBe(false);
			}
			if (canBeMust) expect(item.how.length, item.id).toBeGreaterThanOrEqual(2);
		}
	});

	it('keeps every published id: removing one requires retiring it', () => {
		const published = readFileSync('checklists/item-ids.txt', 'utf8').split('\n').filter(Boolean);
		const current = new Set(content.items.map((i) => i.id));
		const retired = new Set(content.retiredIds);
		for (const id of published) {
			expect(current.has(id) || retired.has(id), `${id} vanished without being retired`).toBe(true);
		}
		// New ids are recorded by `npm run content:report`.
		expect([...current].filter((id) => !published.includes(id))).toEqual([]);
		expect(new Set(published).size).toBe(published.length);
	});

	it('traces every seed point to items or app features', () => {
		const traced = traceability.seedPoints.map((p) => p.id).sort();
		const seedFile = '../shared/design/SEED-POINTS.md';
		// The source list lives outside the repo; where it is present, it must match exactly.
		if (existsSync(seedFile)) {
			const ids = [
				...new Set(readFileSync(seedFile, 'utf8').match(/SP-[A-Z0-9]+(?:-[A-Z0-9]+)*/g))
			];
			expect(traced).toEqual(ids.sort());
		}
		expect(traced.length).toBeGreaterThanOrEqual(29);
	});

	it('agrees with the pre-meeting check: what it makes MUST for outside meetings is MUST here too', () => {
		// Meetings with outsiders are at least "medium" (the level's own definition).
		const mustAtMedium = content.meetings.measures.filter((m) => m.mustFrom !== 'high');
		const linked = mustAtMedium.flatMap((m) => (m.items ?? []).map((id) => ({ m, id })));
		expect(linked.length).toBeGreaterThanOrEqual(6);
		const items = new Map(content.items.map((i) => [i.id, i]));
		for (const context of singleValueContexts('employee')) {
			if (!context.facts.externalMeetings) continue;
			for (const { m, id } of linked) {
				const item = items.get(id)!;
				if (!itemApplies(item, context)) continue;
				if (resolveTier(item, context).tier !== 'must')
					expect.fail(
						`${id} is SHOULD while meeting measure ${m.id} is MUST: ${JSON.stringify(context)}`
					);
			}
		}
	}, 60_000);

	it('makes each measure the seed points ask for MUST in the situations they name', () => {
		// Hand-written from SEED-POINTS.md and the minutes: item, a context the point names, seed.
		const base = {
			role: 'employee',
			ownership: 'issued',
			deviceType: 'pc',
			os: 'windows',
			networks: ['home-wifi'],
			places: ['own-room'],
			methods: ['vpn'],
			meetingApps: ['zoom'],
			facts: {
				handlesPersonalData: false,
				printsAtHome: false,
				sharedDevice: false,
				externalMeetings: false
			}
		} as const;
		const family = { ...base, places: ['shared-room'] } as const;
		const outsiders = { ...base, facts: { ...base.facts, externalMeetings: true } };
		const phone = { ...base, ownership: 'personal', deviceType: 'smartphone', os: 'ios' } as const;
		const cases = [
			['erase-unneeded-files-before-home', base, 'SP-ERASE-BEFORE-HOME'],
			['check-device-before-office-lan', base, 'SP-RETURN-LAN'],
			['router-firmware-update', base, 'SP-ROUTER-FIRMWARE'],
			['smishing-no-links-in-sms', phone, 'SP-SMARTPHONE'],
			['camera-background-check', family, 'SP-BG-FAMILY'],
			['camera-background-check', outsiders, 'SP-BG-WINDOW'],
			['camera-view-clear-papers', family, 'SP-BG-FAMILY'],
			['camera-view-clear-papers', outsiders, 'SP-BG-DOCS'],
			['headset-for-meetings', family, 'SP-AUDIO-HEADSET'],
			['headset-for-meetings', outsiders, 'SP-AUDIO-HEADSET'],
			['meeting-host-passcode-waiting-room', outsiders, 'SP-IMPERSONATION'],
			['meeting-check-attendees', outsiders, 'SP-IMPERSONATION']
		] as const;
		const items = new Map(content.items.map((i) => [i.id, i]));
		for (const [id, context, seed] of cases) {
			const resolved = resolveTier(items.get(id)!, context as never);
			expect({ id, tier: resolved.tier, seed: resolved.seed }).toEqual({ id, tier: 'must', seed });
		}
		// And not where the point does not reach: a quiet room of one's own, colleagues only.
		expect(resolveTier(items.get('headset-for-meetings')!, base as never).tier).toBe('should');
		for (const id of ['lost-device-report-lock-wipe', 'os-still-supported'])
			expect(items.get(id)?.tier, id).toBe('must');
	});

	it('has a current overview page (run `npm run content:report` after editing)', () => {
		expect(readFileSync('checklists/OVERVIEW.md', 'utf8')).toBe(
			renderOverview(content, traceability)
		);
	}, 60_000);
});
