import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyPackSchema } from '$lib/domain/formats/policy-pack';
import { packRecordSchema, upgradeOwnItemIds } from '$lib/domain/policy/pack-record';

const v4 = JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v4.json', 'utf8'));
const v5 = JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v5.json', 'utf8'));
const [own] = v5.extraItems;
const withItems = (ids: string[], overrides: Record<string, string> = {}) => ({
	...v5,
	overrides,
	extraItems: ids.map((id) => ({ ...own, id }))
});
const idsOf = (pack: Record<string, unknown>) =>
	(pack.extraItems as { id: string }[]).map((item) => item.id);

describe('a policy stored before own item ids had to be "org-…"', () => {
	it('keeps every item, under ids of the org- form, the same on every device', () => {
		const stored = withItems(['os-auto-update', 'org-os-auto-update', 'org-a', 'org-a', 'VPN_x']);
		const upgraded = upgradeOwnItemIds(stored);
		expect(idsOf(upgraded)).toEqual([
			'org-os-auto-update-2',
			'org-os-auto-update',
			'org-a',
			'org-a-2',
			'org-vpn-x'
		]);
		expect(upgradeOwnItemIds(stored)).toEqual(upgraded);
		expect(policyPackSchema.safeParse(upgraded).success).toBe(true);
	});

	it("copies the old id's tier override, so both items keep the tier they had", () => {
		const upgraded = upgradeOwnItemIds(withItems(['os-auto-update'], { 'os-auto-update': 'off' }));
		expect(upgraded.overrides).toEqual({ 'os-auto-update': 'off', 'org-os-auto-update': 'off' });
	});

	it('shortens a long id to 64 characters', () => {
		const [id] = idsOf(upgradeOwnItemIds(withItems(['a'.repeat(30) + '-' + 'b'.repeat(33)])));
		expect(id).toBe(`org-${'a'.repeat(30)}-${'b'.repeat(29)}`);
		expect(id).toHaveLength(64);
	});

	it('leaves a pack whose ids are already right as it is', () => {
		expect(upgradeOwnItemIds(v5)).toBe(v5);
	});

	it('is read as a valid record, in either slot', () => {
		for (const slot of ['active', 'draft']) {
			const record = {
				slot,
				pack: withItems(['os-auto-update']),
				publishedVersion: 3,
				savedAt: '2026-11-24T01:00:00.000Z'
			};
			expect(packRecordSchema.parse(record).pack.extraItems[0]?.id).toBe('org-os-auto-update');
		}
	});

	it('reads a version-3 policy stored by the previous app as version 5, every field kept', () => {
		const v3 = JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v3.json', 'utf8'));
		const record = { slot: 'active', pack: v3, publishedVersion: 0, savedAt: v3.issuedAt };
		expect(packRecordSchema.parse(record).pack).toEqual({ ...v3, formatVersion: 5 });
	});

	it('reads a version-4 policy stored by the previous app as version 5, without a public key', () => {
		const record = { slot: 'active', pack: v4, publishedVersion: 0, savedAt: v4.issuedAt };
		expect(packRecordSchema.parse(record).pack).toEqual({ ...v4, formatVersion: 5 });
	});
});
