import {
	POLICY_PACK_FORMAT,
	POLICY_PACK_FORMAT_VERSION,
	policyPackSchema,
	upgradePackV1,
	upgradePackV2,
	upgradePackV3,
	upgradePackV4,
	type PolicyPack
} from './policy-pack.ts';
import {
	checkFileSize,
	readVersionedFile,
	type FileFormat,
	type ReadResult
} from './read-versioned.ts';

/** A pack with 200 own items in two languages stays well under this. */
export const POLICY_PACK_MAX_BYTES = 1024 * 1024;

export const POLICY_PACK_FILE: FileFormat<PolicyPack> = {
	format: POLICY_PACK_FORMAT,
	id: 'pack',
	currentVersion: POLICY_PACK_FORMAT_VERSION,
	maxBytes: POLICY_PACK_MAX_BYTES,
	upgrades: new Map([
		[1, upgradePackV1],
		[2, upgradePackV2],
		[3, upgradePackV3],
		[4, upgradePackV4],
		[5, (data) => data]
	]),
	// The schema refuses an own item whose id is not `org-…` or is listed twice.
	schema: policyPackSchema
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
