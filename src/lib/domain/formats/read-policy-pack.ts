import {
	POLICY_PACK_FORMAT,
	POLICY_PACK_FORMAT_VERSION,
	policyPackSchema,
	upgradePackV1,
	upgradePackV2,
	type PolicyPack
} from './policy-pack.ts';
import {
	checkFileSize,
	readVersionedFile,
	type FileFormat,
	type ReadResult,
	type RuleProblem
} from './read-versioned.ts';

/** A pack with 200 own items in two languages stays well under this. */
export const POLICY_PACK_MAX_BYTES = 1024 * 1024;

/** Items the org added must not reuse a built-in id: the org's item would shadow ours. */
function packRules(pack: PolicyPack): RuleProblem | undefined {
	const seen = new Set<string>();
	for (const [index, item] of pack.extraItems.entries()) {
		if (seen.has(item.id)) {
			return {
				path: ['extraItems', index, 'id'],
				problem: { kind: 'unique-value', params: { value: item.id } }
			};
		}
		seen.add(item.id);
	}
	return undefined;
}

export const POLICY_PACK_FILE: FileFormat<PolicyPack> = {
	format: POLICY_PACK_FORMAT,
	id: 'pack',
	currentVersion: POLICY_PACK_FORMAT_VERSION,
	maxBytes: POLICY_PACK_MAX_BYTES,
	upgrades: new Map([
		[1, upgradePackV1],
		[2, upgradePackV2],
		[3, (data) => data]
	]),
	schema: policyPackSchema,
	rules: packRules
};

export function checkPolicyPackSize(
	size: number,
	fileName: string
): ReadResult<PolicyPack> | undefined {
	return checkFileSize(POLICY_PACK_FILE, size, fileName);
}

/** Reads a policy pack from untrusted bytes (a file, or a link's decoded data). Never throws. */
export function readPolicyPack(
	bytes: ArrayBuffer | Uint8Array,
	fileName: string
): ReadResult<PolicyPack> {
	return readVersionedFile(POLICY_PACK_FILE, bytes, fileName);
}
