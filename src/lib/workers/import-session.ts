import {
	admitBatch,
	classifySummaries,
	readSummary,
	type ReadFile,
	type SummaryOutcome
} from '$lib/domain/formats/import-summaries';
import { fileFailure } from '$lib/domain/formats/read-versioned';
import type { PostureSummary } from '$lib/domain/formats/summary';
import { commitSummaries, loadSummaries } from '$lib/storage/summaries';
import type { StoredSummary } from '$lib/storage/summary-records';

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

/** The import is no longer under way (a newer one started, or it was given up). */
export class ImportGoneError extends Error {
	constructor() {
		super('this import is no longer under way; choose the files again');
		this.name = 'ImportGoneError';
	}
}

async function readOne(file: File, identities: readonly string[]): Promise<ReadFile> {
	try {
		const bytes = await file.arrayBuffer();
		return { fileName: file.name, result: await readSummary(bytes, file.name, identities) };
	} catch (error) {
		console.error(`Reading ${file.name} failed`, error);
		return {
			fileName: file.name,
			result: fileFailure(file.name, 'unreadable', { kind: 'unreadable' })
		};
	}
}

function toldOutcome(outcome: SummaryOutcome): ImportOutcome {
	if (outcome.kind !== 'accepted') return outcome;
	const { replaces, withoutPolicy } = outcome;
	return {
		kind: 'accepted',
		...(replaces ? { replaces } : {}),
		...(withoutPolicy ? { withoutPolicy } : {})
	};
}

/**
 * One import, from the dropped files to the stored records, inside the admin worker: the
 * accepted summaries stay here until the admin saves them, and the page only gets each file's
 * outcome. Each summary is checked once, when its file is read.
 */
export class ImportSession {
	#files: File[] = [];
	#accepted: { summary: PostureSummary; replaces?: string }[] = [];
	#current: () => boolean;

	/** `current` says whether this import is still the one wanted (a newer one drops it). */
	constructor(current: () => boolean = () => true) {
		this.#current = current;
	}

	/** The chosen files, handed over a slice at a time. */
	add(files: readonly File[]): void {
		this.#files.push(...files);
	}

	/**
	 * Size first (before any byte is read), then each file's content (an encrypted one opened
	 * with `identities` first), then against the store.
	 */
	async read(expectedOrgId?: string, identities: readonly string[] = []): Promise<FileOutcome[]> {
		const files = this.#files;
		this.#files = [];
		const { admitted, refused } = admitBatch(files);
		const read: ReadFile[] = refused.map((error) => ({
			fileName: error.fileName,
			result: { ok: false, error }
		}));
		for (const file of admitted) {
			if (!this.#current()) throw new ImportGoneError();
			read.push(await readOne(file, identities));
		}
		const stored = (await loadSummaries()).map((record) => record.summary);
		if (!this.#current()) throw new ImportGoneError();
		const outcomes = classifySummaries(stored, read, expectedOrgId);
		this.#accepted = outcomes.flatMap((o) => (o.kind === 'accepted' ? [o] : []));
		return read.map(({ fileName }, i) => ({ fileName, outcome: toldOutcome(outcomes[i]!) }));
	}

	/** Stores what the read accepted, in one strict transaction; resolves once it committed. */
	async commit(importedAt: string): Promise<void> {
		await commitSummaries(this.#accepted, importedAt);
		this.#accepted = [];
	}
}
