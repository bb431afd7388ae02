import {
	admitBatch,
	classifySummaries,
	readSummary,
	type ReadFile,
	type SummaryOutcome
} from '$lib/domain/formats/import-summaries';
import { fileFailure } from '$lib/domain/formats/read-versioned';
import type { PostureSummary } from '$lib/domain/formats/summary';
import { commitSummaries, loadSummaries, type StoredSummary } from '$lib/storage/summaries';

/** What the page is told about one file: the outcome without the summary itself. */
export type ImportOutcome =
	| Exclude<SummaryOutcome, { kind: 'accepted' }>
	| { kind: 'accepted'; replaces?: string; withoutPolicy?: true };

export interface FileOutcome {
	fileName: string;
	outcome: ImportOutcome;
}

/** One stored summary as the page lists it. */
export interface StoredRow {
	digest: string;
	/** The name where the policy let it be sent, else the pseudonymous id. */
	respondent: string;
	device: string;
	revision: number;
	createdAt: string;
	/** Made before its sender had any policy: taken into this organisation, and marked. */
	withoutPolicy: boolean;
}

export function storedRows(stored: readonly StoredSummary[]): StoredRow[] {
	return stored.map(({ digest, summary }) => ({
		digest,
		respondent: summary.respondent.name ?? summary.respondent.id,
		device: summary.profile.ref,
		revision: summary.revision,
		createdAt: summary.createdAt,
		withoutPolicy: !summary.org
	}));
}

async function readOne(file: File): Promise<ReadFile> {
	try {
		return { fileName: file.name, result: await readSummary(await file.arrayBuffer(), file.name) };
	} catch (error) {
		console.error(`Reading ${file.name} failed`, error);
		return {
			fileName: file.name,
			result: fileFailure(file.name, 'unreadable', { kind: 'unreadable' })
		};
	}
}

/**
 * One import, from the dropped files to the stored records. It runs in a worker and keeps the
 * accepted summaries there until the admin saves them: thousands of summaries held by the page
 * cost it long pauses; the page only gets each file's outcome.
 */
export class ImportSession {
	#accepted: { summary: PostureSummary; replaces?: string }[] = [];

	/** Size first (before any byte is read), then each file's content, then against the store. */
	async read(files: readonly File[], expectedOrgId?: string): Promise<FileOutcome[]> {
		const { admitted, refused } = admitBatch(files);
		const read: ReadFile[] = refused.map((error) => ({
			fileName: error.fileName,
			result: { ok: false, error }
		}));
		for (const file of admitted) read.push(await readOne(file));
		const stored = (await loadSummaries()).map((r) => r.summary);
		const outcomes = classifySummaries(stored, read, expectedOrgId);
		this.#accepted = outcomes.flatMap((o) => (o.kind === 'accepted' ? [o] : []));
		return read.map(({ fileName }, i) => {
			const outcome = outcomes[i]!;
			if (outcome.kind !== 'accepted') return { fileName, outcome };
			const { replaces, withoutPolicy } = outcome;
			const told = {
				...(replaces ? { replaces } : {}),
				...(withoutPolicy ? { withoutPolicy } : {})
			};
			return { fileName, outcome: { kind: 'accepted', ...told } };
		});
	}

	/** Stores what the last read accepted, in one strict transaction; returns the new list. */
	async commit(importedAt: string): Promise<StoredRow[]> {
		await commitSummaries(this.#accepted, importedAt);
		this.#accepted = [];
		return storedRows(await loadSummaries());
	}
}
