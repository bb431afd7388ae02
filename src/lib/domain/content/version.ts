// Content versions without zod: the checklist and home pages compare them at run time, and
// item-schema.ts needs the pattern without importing file-schemas.ts (which imports it).

import { boundedMemo } from '../shared/bounded-memo.ts';

/** A content version: year.month.release, e.g. 2026.11.1. */
export const CONTENT_VERSION_PATTERN = /^\d{4}\.\d{1,2}\.\d{1,3}$/;

/** The numbers of a version, or undefined when it is not year.month.release (the '0' of DB v1). */
function parseVersion(version: string): number[] | undefined {
	return CONTENT_VERSION_PATTERN.test(version) ? version.split('.').map(Number) : undefined;
}

/** Each version parsed once: counting compares the same few for every answer of every summary. */
const versionParts = boundedMemo(parseVersion, 256);

/**
 * Orders content versions by year, then month, then release, as numbers (2026.11.2 is before
 * 2026.11.10). Negative when `a` is older, 0 when equal, positive when newer. A string that is
 * not a content version (the '0' recorded by the version-1 database) is older than every version.
 */
export function compareContentVersions(a: string, b: string): number {
	const pa = versionParts(a);
	const pb = versionParts(b);
	if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0);
	const differs = pa.findIndex((part, i) => part !== pb[i]);
	return differs < 0 ? 0 : Math.sign(pa[differs]! - pb[differs]!);
}
