import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '$lib/domain/content/compile';
import type { OrgProfile } from '$lib/domain/policy/org-profile';
import { roleChecklist, roleChecklistView, rolesInList } from '$lib/domain/engine/role-checklist';
import { loadContent } from '$lib/node/read-checklists';

let content: Content;
beforeAll(async () => {
	content = await loadContent('checklists');
});

const fiveCloudOnly: OrgProfile = {
	size: 'up-to-5',
	methods: ['cloud-direct'],
	facts: {
		noItStaff: true,
		personalDevicesAllowed: false,
		handlesPersonalData: true,
		usesCloud: true
	}
};
const withItStaff: OrgProfile = {
	...fiveCloudOnly,
	facts: { ...fiveCloudOnly.facts, noItStaff: false }
};
const ids = (list: { item: { id: string } }[]) => list.map((e) => e.item.id);

describe("the owner's and admin's lists", () => {
	it('without a profile: every item of the role at its base tier, no reasons', () => {
		const list = roleChecklist(content, 'owner', undefined);
		expect(list.length).toBe(content.items.filter((i) => i.roles.includes('owner')).length);
		expect(list.every((e) => e.tier === e.item.tier && e.tierBecause.length === 0)).toBe(true);
	});

	it('an owner with no IT staff gets one list of both roles, without near-duplicates or repeats', () => {
		expect(rolesInList('owner', fiveCloudOnly)).toEqual(['owner', 'admin']);
		const list = ids(roleChecklist(content, 'owner', fiveCloudOnly));
		// Admin items join the owner's list...
		expect(list).toContain('helpdesk-contact-published');
		expect(list).toContain('cloud-mfa-enforced');
		// ...the owner items they cover give way to them...
		expect(list).not.toContain('helpdesk-staff-time-allocated');
		expect(list).not.toContain('posture-summary-reviewed');
		// ...an item of both roles appears once, and the owner's own items stay.
		expect(list.filter((id) => id === 'device-register-with-serials')).toHaveLength(1);
		expect(list).toContain('telework-rules-written');
		expect(new Set(list).size).toBe(list.length);
	});

	it('lists MUST before SHOULD in the combined list too', () => {
		const tiers = roleChecklist(content, 'owner', fiveCloudOnly).map((e) => e.tier);
		expect(tiers.indexOf('should')).toBeGreaterThan(tiers.lastIndexOf('must'));
	});

	it('an owner with IT staff keeps the owner items only; the admin never gets owner-only items', () => {
		expect(rolesInList('owner', withItStaff)).toEqual(['owner']);
		const owner = ids(roleChecklist(content, 'owner', withItStaff));
		expect(owner).toContain('helpdesk-staff-time-allocated');
		expect(owner).not.toContain('remote-access-gateway-patched');
		const admin = ids(roleChecklist(content, 'admin', fiveCloudOnly));
		expect(admin).not.toContain('telework-rules-written');
	});

	it("gives the reason of an org rule in the organisation's own terms", () => {
		const entry = roleChecklist(content, 'admin', fiveCloudOnly).find(
			(e) => e.item.id === 'cloud-mfa-enforced'
		);
		expect(entry?.tier).toBe('must');
		expect([...entry!.appliesBecause, ...entry!.tierBecause].length).toBeGreaterThan(0);
	});

	it('the page gets the list laid out by tier, and whether it holds both roles', () => {
		const combined = roleChecklistView(content, 'owner', fiveCloudOnly);
		expect(combined.combined).toBe(true);
		expect(combined.sections.map((s) => s.tier)).toEqual(['must', 'should']);
		expect(ids(combined.sections.flatMap((s) => s.entries)).sort()).toEqual(
			ids(combined.list).sort()
		);
		expect(roleChecklistView(content, 'owner', withItStaff).combined).toBe(false);
		expect(roleChecklistView(content, 'admin', fiveCloudOnly).combined).toBe(false);
	});
});
