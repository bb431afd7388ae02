import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type Content } from '$lib/domain/content/compile';
import type { Condition } from '$lib/domain/content/condition';
import {
	METHODS,
	ORG_FACTS,
	ORG_SIZES,
	type Method,
	type OrgFact,
	type OrgSize
} from '$lib/domain/content/vocabulary';
import { orgRuleContext, type OrgProfile } from '$lib/domain/policy/org-profile';
import { itemApplies, resolveTier } from '$lib/domain/engine/rules';
import { buildChecklist } from '$lib/domain/engine/tiering';
import { readChecklistFiles } from '$lib/node/read-checklists';

// The admin's and owner's lists tiered by the organisation's profile (checklists/items/admin.yaml
// and owner.yaml). The expectations are written by hand from the profiles, not read off the code.
let content: Content;

beforeAll(async () => {
	const result = compileContent(await readChecklistFiles('checklists'));
	if (!result.ok) throw new Error(result.issues.map((i) => JSON.stringify(i)).join('\n'));
	content = result.content;
});

function profile(size: OrgSize, methods: Method[], facts: OrgFact[] = []): OrgProfile {
	return {
		size,
		methods,
		facts: Object.fromEntries(ORG_FACTS.map((f) => [f, facts.includes(f)])) as OrgProfile['facts']
	};
}

/** id → tier of everything on the list for that role and profile. */
function tiers(role: 'admin' | 'owner', p: OrgProfile): Map<string, string> {
	return new Map(
		buildChecklist(content, orgRuleContext(role, p)).map((r) => [r.item.id, r.tier] as const)
	);
}

const GATEWAY_ITEMS = [
	'remote-access-gateway-patched',
	'remote-access-mfa-required',
	'no-rdp-exposed-to-internet'
];

describe('the admin and owner lists fit the organisation', () => {
	it('spares a five-person cloud-only company without IT staff the gateway items', () => {
		const small = profile('up-to-5', ['cloud-direct'], ['noItStaff', 'usesCloud']);
		const admin = tiers('admin', small);
		for (const id of GATEWAY_ITEMS) expect(admin.get(id), id).not.toBe('must');
		expect(admin.has('remote-access-least-privilege')).toBe(false);
		expect(admin.get('cloud-mfa-enforced')).toBe('must');
		expect(admin.get('cloud-sharing-and-admin-review')).toBe('should');
		expect(admin.get('remote-access-logs-reviewed')).toBe('should');
		// No personal devices, no customers' personal data.
		expect(admin.has('byod-access-tiers')).toBe(false);
		const owner = tiers('owner', small);
		expect(owner.get('cloud-mfa-enforced')).toBe('must');
		expect(owner.get('cloud-service-selection-criteria')).toBe('must');
		expect(owner.has('personal-data-inventory')).toBe(false);
		expect(owner.has('byod-access-tiers')).toBe(false);
		// Any leak of personal data can be reportable, not only customers' data.
		expect(owner.get('personal-data-breach-report-ppc')).toBe('must');
	});

	it('makes the gateway items MUST for a 50-person company with VPN and remote desktop', () => {
		const mid = profile('21-100', ['vpn', 'remote-desktop']);
		const admin = tiers('admin', mid);
		for (const id of GATEWAY_ITEMS) expect(admin.get(id), id).toBe('must');
		expect(admin.get('remote-access-least-privilege')).toBe('should');
		expect(admin.get('remote-access-logs-reviewed')).toBe('should');
		// Devices that carry the data home (VPN): the MIC task force asks for the check.
		expect(admin.get('erase-data-before-device-goes-home')).toBe('must');
		// No cloud services in this profile.
		expect(admin.has('cloud-mfa-enforced')).toBe(false);
		expect(admin.has('cloud-sharing-and-admin-review')).toBe(false);
		expect(tiers('owner', mid).has('cloud-service-selection-criteria')).toBe(false);
	});

	it('cites the seed point where a profile makes an item MUST', () => {
		const withVpn = buildChecklist(content, orgRuleContext('admin', profile('6-20', ['vpn'])));
		expect(withVpn.find((r) => r.item.id === 'erase-data-before-device-goes-home')?.tierSeed).toBe(
			'SP-ERASE-BEFORE-HOME'
		);
		const cloud = buildChecklist(
			content,
			orgRuleContext('owner', profile('6-20', ['vpn'], ['usesCloud']))
		);
		expect(cloud.find((r) => r.item.id === 'cloud-service-selection-criteria')?.tierSeed).toBe(
			'SP-APP-VET'
		);
		// A virtual desktop leaves no work data on the device: the usual SHOULD.
		expect(
			tiers('admin', profile('6-20', ['virtual-desktop'])).get('erase-data-before-device-goes-home')
		).toBe('should');
	});

	it('asks for personal-device tiers and the personal-data inventory only where they exist', () => {
		const p = profile(
			'6-20',
			['cloud-direct', 'secure-browser'],
			['personalDevicesAllowed', 'handlesPersonalData', 'usesCloud']
		);
		expect(tiers('admin', p).get('byod-access-tiers')).toBe('must');
		expect(tiers('owner', p).get('byod-access-tiers')).toBe('must');
		expect(tiers('owner', p).get('personal-data-inventory')).toBe('must');
		// Personal data handled by contractors: the law's duty to supervise them (APPI Art. 25).
		expect(tiers('owner', p).get('vendor-contract-security-terms')).toBe('must');
		expect(
			tiers('owner', profile('6-20', ['cloud-direct'], ['usesCloud'])).get(
				'vendor-contract-security-terms'
			)
		).toBe('should');
		// A secure browser is a way in from outside; a VPN gateway is not there to patch.
		expect(tiers('admin', p).get('remote-access-least-privilege')).toBe('should');
		expect(tiers('admin', p).has('remote-access-gateway-patched')).toBe(false);
	});

	it('keeps sensible base tiers for the lists shown before a profile is given', () => {
		const items = new Map(content.items.map((i) => [i.id, i]));
		for (const id of [...GATEWAY_ITEMS, 'cloud-mfa-enforced', 'byod-access-tiers'])
			expect(items.get(id)?.tier, id).toBe('must');
		expect(items.get('central-device-management-mdm')?.tier).toBe('should');
	});
});

describe('the organisation rules themselves', () => {
	const orgOnly = () => content.items.filter((i) => !i.roles.includes('employee'));

	it('use only the organisation axes in admin and owner items', () => {
		const employeeAxes = ['ownership', 'deviceType', 'os', 'networks', 'places', 'facts'];
		for (const item of orgOnly()) {
			const conditions: Condition[] = [
				...(item.appliesWhen ?? []),
				...(item.exceptWhen ?? []),
				...(item.tierRules ?? []).map((r) => r.when)
			];
			for (const c of conditions)
				for (const axis of Object.keys(c))
					expect(employeeAxes.includes(axis), `${item.id}: ${axis}`).toBe(false);
		}
	});

	it('never give contradictory tiers for any profile', () => {
		/** Every non-empty subset of the values. */
		const subsets = <T>(values: readonly T[]): T[][] =>
			Array.from({ length: 2 ** values.length - 1 }, (_, k) => k + 1).map((mask) =>
				values.filter((_, i) => mask & (1 << i))
			);
		let profiles = 0;
		for (const size of ORG_SIZES)
			for (const methods of subsets(METHODS))
				for (const facts of [[], ...subsets(ORG_FACTS)]) {
					const p = profile(size, methods, facts);
					profiles++;
					for (const role of ['admin', 'owner'] as const) {
						const context = orgRuleContext(role, p);
						for (const item of orgOnly()) {
							if (!itemApplies(item, context)) continue;
							if (resolveTier(item, context).conflicts.length > 0)
								expect.fail(`${item.id} has contradictory tiers in ${JSON.stringify(p)}`);
						}
					}
				}
		expect(profiles).toBe(4 * 127 * 16);
	}, 60_000);

	it('combines only the near-duplicate owner items into admin items', () => {
		const combined = Object.fromEntries(
			content.items.filter((i) => i.combinedInto).map((i) => [i.id, i.combinedInto])
		);
		expect(combined).toEqual({
			'helpdesk-staff-time-allocated': 'helpdesk-contact-published',
			'approved-apps-exception-process': 'approved-app-list-and-requests',
			'issued-devices-budgeted': 'issue-company-devices-for-telework',
			'posture-summary-reviewed': 'posture-summaries-collected'
		});
		// The admin item is at least as urgent as the owner item it replaces.
		const items = new Map(content.items.map((i) => [i.id, i]));
		for (const [owner, admin] of Object.entries(combined)) {
			if (items.get(owner)?.tier === 'must') expect(items.get(admin!)?.tier, admin).toBe('must');
		}
	});
});
