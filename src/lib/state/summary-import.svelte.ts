import { decodeFromLink } from '$lib/domain/formats/link-codec';
import { fileFailure } from '$lib/domain/formats/read-versioned';
import {
	SUMMARY_MAX_BYTES,
	classifySummaries,
	type ReadFile,
	type SummaryOutcome
} from '$lib/domain/formats/import-summaries';
import { commitSummaries, loadSummaries, type StoredSummary } from '$lib/storage/summaries';
import { orgPolicy } from './org-policy.svelte';
import type { ReadMessage } from '$lib/workers/read-summaries';
import { withTimeout } from './with-timeout';

export type ImportPhase = 'idle' | 'reading' | 'report' | 'saving' | 'saved' | 'failed';

export interface FileOutcome {
	fileName: string;
	outcome: SummaryOutcome;
}

/** Generous for a slow phone: about 20 ms per file is measured on a laptop. */
export const readTimeLimit = (files: number) => 20_000 + files * 100;

/**
 * Reads the files in a worker, off the page's thread; one message in, one message out. A reader
 * that never answers (a file crafted to hang it) is stopped after the time limit.
 */
function readInWorker(files: File[]): Promise<ReadFile[]> {
	const worker = new Worker(new URL('../workers/read-summaries.ts', import.meta.url), {
		type: 'module'
	});
	const reading = new Promise<ReadFile[]>((resolve, reject) => {
		const read: ReadFile[] = [];
		worker.onmessage = (event: MessageEvent<ReadMessage>) => {
			if (event.data.done) resolve(read);
			else read.push(...event.data.files);
		};
		worker.onerror = (event) => reject(new Error(event.message || 'the reader stopped'));
		worker.postMessage(files);
	});
	return withTimeout(
		reading,
		readTimeLimit(files.length),
		'checking the files took too long'
	).finally(() => worker.terminate());
}

/**
 * Importing staff summaries: drop files → each is checked (size first, then content, in a
 * worker) and classified against what is stored → the admin sees the report → the accepted
 * ones are stored in one transaction. Nothing of a refused file is ever stored.
 */
export class SummaryImport {
	#phase = $state<ImportPhase>('idle');
	#outcomes = $state.raw<FileOutcome[]>([]);
	#stored = $state.raw<StoredSummary[]>([]);
	#error = $state('');

	get phase(): ImportPhase {
		return this.#phase;
	}
	get outcomes(): FileOutcome[] {
		return this.#outcomes;
	}
	get stored(): StoredSummary[] {
		return this.#stored;
	}
	get error(): string {
		return this.#error;
	}
	get acceptedCount(): number {
		return this.#outcomes.filter((o) => o.outcome.kind === 'accepted').length;
	}

	async load(): Promise<void> {
		this.#stored = await loadSummaries();
	}

	async choose(files: File[]): Promise<void> {
		this.#phase = 'reading';
		this.#error = '';
		let read: ReadFile[];
		try {
			[read] = await Promise.all([readInWorker(files), this.load(), orgPolicy.load()]);
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
			this.#phase = 'failed';
			return;
		}
		const stored = this.#stored.map((r) => r.summary);
		const outcomes = classifySummaries(
			stored,
			read,
			orgPolicy.draft?.pack.orgId ?? orgPolicy.active?.orgId
		);
		this.#outcomes = read.map((file, i) => ({ fileName: file.fileName, outcome: outcomes[i]! }));
		this.#phase = 'report';
	}

	/** A summary carried in a link's fragment (`#summary=…`): checked exactly like a file. */
	async chooseLink(text: string): Promise<void> {
		const name = 'link';
		const decoded = await decodeFromLink(text, SUMMARY_MAX_BYTES);
		if (decoded.ok) {
			await this.choose([
				new File([decoded.bytes as BlobPart], name, { type: 'application/json' })
			]);
			return;
		}
		const error =
			decoded.error === 'too-big'
				? fileFailure(name, 'too-big', '', 'holds more data than a summary can have')
				: fileFailure(name, 'unreadable', '', 'is damaged or incomplete: copy the whole link');
		this.#outcomes = [{ fileName: name, outcome: { kind: 'rejected', error: error.error } }];
		this.#phase = 'report';
	}

	async commit(): Promise<void> {
		const accepted = this.#outcomes.flatMap(({ outcome }) =>
			outcome.kind === 'accepted' ? [outcome] : []
		);
		this.#phase = 'saving';
		try {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off timestamp, not state
			await commitSummaries(accepted, new Date().toISOString());
			await this.load();
			this.#phase = 'saved';
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
			this.#phase = 'failed';
		}
	}
}
