import {
	SUMMARY_FORMAT,
	SUMMARY_FORMAT_VERSION,
	digestMatches,
	postureSummarySchema,
	type PostureSummary
} from './summary.ts';
import {
	fileFailure,
	readVersionedFile,
	type FileError,
	type FileFormat,
	type ReadResult
} from './read-versioned.ts';
import { checkSize, sizeText } from './safe-json.ts';
import { decryptIfEncrypted, inputMaxBytes, type InputBytes } from './encrypted-input.ts';

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
	// A version-1 summary is read as written: its digest covers it (see postureSummarySchema).
	upgrades: new Map([
		[1, (data) => data],
		[2, (data) => data]
	]),
	schema: postureSummarySchema
};

/**
 * Reads a summary and checks its digest: a file changed after it was written is refused. A file
 * encrypted to the admin's key is opened first with `identities` (the admin's keys, old ones
 * too), then read like any other.
 */
export async function readSummary(
	bytes: InputBytes,
	fileName: string,
	identities: readonly string[] = []
): Promise<ReadResult<PostureSummary>> {
	const plain = await decryptIfEncrypted(bytes, fileName, identities, SUMMARY_MAX_BYTES);
	if (!plain.ok) return plain;
	const result = readVersionedFile(SUMMARY_FILE, plain.value, fileName);
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
 * refused by its declared size before any byte is read. An encrypted file (named `….age`) may
 * be as large as a largest summary encrypted.
 */
export function admitBatch<T extends BatchEntry>(
	files: readonly T[]
): { admitted: T[]; refused: FileError[] } {
	const admitted: T[] = [];
	const refused: FileError[] = [];
	let total = 0;
	for (const file of files) {
		const size = checkSize(file.size, inputMaxBytes(file.name, SUMMARY_MAX_BYTES));
		if (!size.ok) {
			refused.push(fileFailure(file.name, 'too-big', size.error.problem).error);
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

/** What the revision rules make of one valid file, given the rest of the set. */
export type RevisionOutcome =
	| { kind: 'accepted' }
	| { kind: 'duplicate' }
	| { kind: 'superseded'; by: number }
	| { kind: 'conflict'; revision: number };

export type SummaryOutcome =
	| { kind: 'accepted'; summary: PostureSummary; replaces?: string; withoutPolicy?: true }
	| { kind: 'rejected'; error: FileError }
	| Exclude<RevisionOutcome, { kind: 'accepted' }>;

/** Respondent and device: a newer revision of the same pair replaces the older one. */
export function summaryKey(summary: PostureSummary): string {
	return profileKey(summary.respondent.id, summary.profile.ref);
}

/** The key of a respondent's device profile, whether read from a summary or from this device. */
export function profileKey(respondentId: string, profileRef: string): string {
	return `${respondentId}/${profileRef}`;
}

/** All the revision rules look at in a summary: whose device, which revision, which content. */
export interface RevisionFacts {
	key: string;
	revision: number;
	digest: string;
}

export function revisionFacts(summary: PostureSummary): RevisionFacts {
	return { key: summaryKey(summary), revision: summary.revision, digest: summary.digest };
}

/**
 * The revision rules over a whole set at once. Per respondent and device the highest revision
 * wins; the same digest again is a `duplicate`; a lower revision is a stale replay
 * (`superseded`); two different files with the same top revision are a `conflict` (neither is
 * trusted over the other; a stored one stays). The kept set does not depend on the order. The
 * command line applies them to the facts it kept of a folder too big to hold in memory.
 */
export function judgeRevisions(
	stored: readonly RevisionFacts[],
	incoming: readonly RevisionFacts[]
): RevisionOutcome[] {
	const tops = topRevisions([...stored, ...incoming]);
	const taken = new Set(stored.map((s) => s.digest));
	return incoming.map((facts): RevisionOutcome => {
		if (taken.has(facts.digest)) return { kind: 'duplicate' };
		const top = tops.get(facts.key);
		if (top && top.revision > facts.revision) return { kind: 'superseded', by: top.revision };
		if (top && top.digests.size > 1) return { kind: 'conflict', revision: facts.revision };
		taken.add(facts.digest);
		return { kind: 'accepted' };
	});
}

export interface ReadFile {
	fileName: string;
	result: ReadResult<PostureSummary>;
}

/**
 * What each read file does to the stored summaries: refused by the reader or for another
 * organisation, else as the revision rules (`judgeRevisions`) say. A summary made before its
 * sender had any policy names no organisation: it is taken into the importer's, marked
 * `withoutPolicy`; one made under another organisation's policy is refused.
 */
export function classifySummaries(
	stored: readonly PostureSummary[],
	incoming: readonly ReadFile[],
	expectedOrgId?: string
): SummaryOutcome[] {
	const valid = incoming.map(({ result }) =>
		result.ok && orgMatches(result.value, expectedOrgId) ? result.value : undefined
	);
	const judged = judgeRevisions(
		stored.map(revisionFacts),
		valid.flatMap((s) => (s ? [revisionFacts(s)] : []))
	);
	const storedByKey = new Map(stored.map((s) => [summaryKey(s), s]));
	let next = 0;
	return incoming.map(({ fileName, result }, index): SummaryOutcome => {
		if (!result.ok) return { kind: 'rejected', error: result.error };
		const summary = valid[index];
		if (!summary) {
			const org = { org: result.value.org?.orgId ?? '' };
			const error = fileFailure(fileName, 'invalid', { kind: 'other-org', params: org });
			return { kind: 'rejected', error: error.error };
		}
		const outcome = judged[next++]!;
		if (outcome.kind !== 'accepted') return outcome;
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
	all: readonly RevisionFacts[]
): Map<string, { revision: number; digests: Set<string> }> {
	const tops = new Map<string, { revision: number; digests: Set<string> }>();
	for (const { key, revision, digest } of all) {
		const top = tops.get(key);
		if (!top || revision > top.revision) {
			tops.set(key, { revision, digests: new Set([digest]) });
		} else if (revision === top.revision) {
			top.digests.add(digest);
		}
	}
	return tops;
}
