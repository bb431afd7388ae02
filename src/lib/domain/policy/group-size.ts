import type { OrgSize } from '../content/vocabulary.ts';
import { DEFAULT_MIN_GROUP_SIZE } from '../formats/new-policy-pack.ts';
import type { PolicyPack } from '../formats/policy-pack.ts';
import type { OrgProfile } from './org-profile.ts';

/**
 * The smallest group a breakdown shows, by the organisation's size. A group of one is that
 * person's answer; in a group of two, each of them can work out the other's. Three is the
 * smallest group where no one's answer shows by subtraction alone, and in a company of five
 * or fewer a threshold of five would hide every group. Larger organisations keep five.
 */
export function defaultMinGroupSize(size: OrgSize | undefined): number {
	return size === 'up-to-5' ? 3 : DEFAULT_MIN_GROUP_SIZE;
}

/**
 * The pack with the organisation's profile. The smallest group follows the size while it is
 * still the default of the size before; a number the admin chose is kept.
 */
export function withOrgProfile(pack: PolicyPack, orgProfile: OrgProfile): PolicyPack {
	const followsSize = pack.minGroupSize === defaultMinGroupSize(pack.orgProfile?.size);
	return {
		...pack,
		orgProfile,
		minGroupSize: followsSize ? defaultMinGroupSize(orgProfile.size) : pack.minGroupSize
	};
}
