import {
	SUMMARY_FORMAT,
	SUMMARY_FORMAT_VERSION,
	digestMatches,
	postureSummarySchema,
	type PostureSummary
} from './summary.ts';
import {
	checkFileSize,
	fileFailure,
	readVersionedFile,
	type FileError,
	type FileFormat,
	type ReadResult
} from './read-versioned.ts';
import { sizeText } from './safe-json.ts';

/** A summary is a few kilobytes; a thousand answers stay far below this. */
export const SUMMARY_MAX_BYTES = 256 * 1024;
/** One drop: enough for a large organisation's collection, small enough for a browser tab. */
export const BATCH_MAX_FILES = 5000;
export const BATCH_MAX_BYTES = 200 * 1024 * 1024;

export const SUMMARY_FILE: FileFormat<PostureSummary> = {
	format: SUMMARY_FORMAT,
	id: 'summary',
	currentVersion: SUMMARY_FORMAT_VERSION,
	maxBytes: SUMMARY_MAX_BYTES,
	upgrades: new Map([[1, (data) => data]]),
	schema: postureSummarySchema
};

/** Reads a summary and checks its digest: a file changed after it was written is refused. */
export async function readSummary(
	bytes: ArrayBuffer | Uint8Array,
	fileName: string
): Promise<ReadResult<PostureSummary>> {
	const result = readVersionedFile(SUMMARY_FILE, bytes, fileName);
	if (!result.ok) return result;
	if (!(await digestMatches(result.value))) {
		return fileFailure(fileName, 'invalid', { kind: 'digest-mismatch' });
	}
	return result;
}

export interface BatchEntry {
	name: string;
	size: number;
}

/**
 * The files of one drop that may be read at all: over the count or total size, the rest is
 * refused by its declared size before any byte is read.
 */
export function admitBatch<T extends BatchEntry>(
	files: readonly T[]
): { admitted: T[]; refused: FileError[] } {
	const admitted: T[] = [];
	const refused: FileError[] = [];
	let total = 0;
	for (const file of files) {
		const tooBig = checkFileSize(SUMMARY_FILE, file.size, file.name);
		if (tooBig && !tooBig.ok) {
			refused.push(tooBig.error);
		} else if (admitted.length >= BATCH_MAX_FILES) {
			const problem = { kind: 'batch-count', params: { max: BATCH_MAX_FILES } } as const;
			refused.push(fileFailure(file.name, 'too-big', problem).error);
		} else if (total + file.size > BATCH_MAX_BYTES) {
			const problem = { kind: 'batch-size', params: { size: sizeText(BATCH_MAX_BYTES) } } as const;
			refused.push(fileFailure(file.name, 'too-big', problem).error);
		} else {
			total += file.size;
			admitted.push(file);
		}
	}
	return { admitted, refused };
}

export type SummaryOutcome =
	| { kind: 'accepted'; summary: PostureSummary; replaces?: string; withoutPolicy?: true }
	| { kind: 'rejected'; error: FileError }
	| { kind: 'duplicate' }
	| { kind: 'superseded'; by: number }
	| { kind: 'conflict'; revision: number };

/** Respondent and device: a newer revision of the same pair replaces the older one. */
export function summaryKey(summary: PostureSummary): string {
	return `${summary.respondent.id}/${summary.profile.ref}`;
}

export interface ReadFile {
	fileName: string;
	result: ReadResult<PostureSummary>;
}

/**
 * What each read file does to the stored summaries. Per respondent and device the highest
 * revision wins; the same digest again is a `duplicate`; a lower revision is a stale replay
 * (`superseded`); two different files with the same top revision are a `conflict` (neither is
 * trusted over the other; a stored one stays). The kept set does not depend on the file order.
 * A summary made before its sender had any policy names no organisation: it is taken into the
 * importer's, marked `withoutPolicy`; one made under another organisation's policy is refused.
 */
export function classifySummaries(
	stored: readonly PostureSummary[],
	incoming: readonly ReadFile[],
	expectedOrgId?: string
): SummaryOutcome[] {
	const valid = incoming.map(({ result }) =>
		result.ok && orgMatches(result.value, expectedOrgId) ? result.value : undefined
	);
	const tops = topRevisions([...stored, ...valid.filter((s) => s !== undefined)]);
	const storedDigests = new Set(stored.map((s) => s.digest));
	const storedByKey = new Map(stored.map((s) => [summaryKey(s), s]));
	const accepted = new Set<string>();
	return incoming.map(({ fileName, result }, index): SummaryOutcome => {
		if (!result.ok) return { kind: 'rejected', error: result.error };
		const summary = valid[index];
		if (!summary) {
			const org = { org: result.value.org?.orgId ?? '' };
			const error = fileFailure(fileName, 'invalid', { kind: 'other-org', params: org });
			return { kind: 'rejected', error: error.error };
		}
		if (storedDigests.has(summary.digest) || accepted.has(summary.digest))
			return { kind: 'duplicate' };
		const top = tops.get(summaryKey(summary));
		if (top && top.revision > summary.revision) return { kind: 'superseded', by: top.revision };
		if (top && top.digests.size > 1) return { kind: 'conflict', revision: summary.revision };
		accepted.add(summary.digest);
		const previous = storedByKey.get(summaryKey(summary));
		return {
			kind: 'accepted',
			summary,
			...(previous ? { replaces: previous.digest } : {}),
			...(summary.org ? {} : { withoutPolicy: true as const })
		};
	});
}

function orgMatches(summary: PostureSummary, orgId: string | undefined): boolean {
	return !orgId || !summary.org || summary.org.orgId === orgId;
}

/** Per respondent and device: the highest revision and the distinct files that carry it. */
function topRevisions(
	summaries: readonly PostureSummary[]
): Map<string, { revision: number; digests: Set<string> }> {
	const tops = new Map<string, { revision: number; digests: Set<string> }>();
	for (const summary of summaries) {
		const key = summaryKey(summary);
		const top = tops.get(key);
		if (!top || summary.revision > top.revision) {
			tops.set(key, { revision: summary.revision, digests: new Set([summary.digest]) });
		} else if (summary.revision === top.revision) {
			top.digests.add(summary.digest);
		}
	}
	return tops;
}
