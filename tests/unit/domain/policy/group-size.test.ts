import { describe, expect, it } from 'vitest';
import { newPolicyPack } from '$lib/domain/formats/new-policy-pack';
import { defaultMinGroupSize, withOrgProfile } from '$lib/domain/policy/group-size';
import type { OrgProfile } from '$lib/domain/policy/org-profile';

const facts = {
	noItStaff: true,
	personalDevicesAllowed: false,
	handlesPersonalData: false,
	usesCloud: true
};
const profileOf = (size: OrgProfile['size']): OrgProfile => ({
	size,
	methods: ['cloud-direct'],
	facts
});
const pack = () =>
	newPolicyPack('org-test', { ja: '山田商店', en: 'Yamada' }, '2026-01-01T00:00:00Z');

describe('the smallest group shown, by company size', () => {
	it('is 3 for five people or fewer: 1 or 2 would single a person out, 5 would hide every group', () => {
		expect(defaultMinGroupSize('up-to-5')).toBe(3);
	});

	it('stays 5 for larger organisations and when the size is not known', () => {
		expect(defaultMinGroupSize('6-20')).toBe(5);
		expect(defaultMinGroupSize('21-100')).toBe(5);
		expect(defaultMinGroupSize('over-100')).toBe(5);
		expect(defaultMinGroupSize(undefined)).toBe(5);
	});

	it('follows the size the owner gives while it is still the default', () => {
		const small = withOrgProfile(pack(), profileOf('up-to-5'));
		expect(small.minGroupSize).toBe(3);
		expect(small.orgProfile?.size).toBe('up-to-5');
		// The company grows: back to the larger default.
		expect(withOrgProfile(small, profileOf('6-20')).minGroupSize).toBe(5);
	});

	it('keeps a number the admin chose', () => {
		const chosen = { ...pack(), minGroupSize: 8 };
		expect(withOrgProfile(chosen, profileOf('up-to-5')).minGroupSize).toBe(8);
		const chosenSmall = { ...withOrgProfile(pack(), profileOf('up-to-5')), minGroupSize: 2 };
		expect(withOrgProfile(chosenSmall, profileOf('21-100')).minGroupSize).toBe(2);
	});
});
