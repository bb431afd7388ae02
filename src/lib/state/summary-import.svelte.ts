import { decodeFromLink } from '$lib/domain/formats/link-codec';
import { LINK_NAME, fileFailure } from '$lib/domain/formats/read-versioned';
import { SUMMARY_MAX_BYTES } from '$lib/domain/formats/import-summaries';
import type { ImportRequest, ImportResponse } from '$lib/workers/read-summaries';
import { orgPolicy } from './org-policy.svelte';
import type { FileOutcome, StoredRow } from './summary-import-session';
import { withTimeout } from './with-timeout';

export type { FileOutcome } from './summary-import-session';

export type ImportPhase = 'idle' | 'reading' | 'report' | 'saving' | 'saved' | 'failed';

/** Generous for a slow phone: about 20 ms per file is measured on a laptop. */
export const readTimeLimit = (files: number) => 20_000 + files * 100;

/**
 * The import worker: one request, one answer. A worker that never answers (a file crafted to
 * hang it) is stopped after the time limit.
 */
class ImportWorker {
	#worker = new Worker(new URL('../workers/read-summaries.ts', import.meta.url), {
		type: 'module'
	});

	ask(request: ImportRequest, limitMs: number): Promise<ImportResponse> {
		const answer = new Promise<ImportResponse>((resolve, reject) => {
			this.#worker.onmessage = (event: MessageEvent<ImportResponse>) => resolve(event.data);
			this.#worker.onerror = (event) => reject(new Error(event.message || 'the reader stopped'));
			this.#worker.postMessage(request);
		});
		return withTimeout(answer, limitMs, 'checking the files took too long').catch((error) => {
			this.stop();
			throw error;
		});
	}

	/**
	 * Hands the files over a slice at a time: the page pays for each file it passes (the browser
	 * looks it up on disk), and thousands at once would hold it for half a second.
	 */
	async give(files: readonly File[]): Promise<void> {
		const SLICE = 100;
		for (let start = 0; start < files.length; start += SLICE) {
			if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
			this.#worker.postMessage({
				type: 'add',
				files: files.slice(start, start + SLICE)
			} satisfies ImportRequest);
		}
	}

	stop(): void {
		this.#worker.terminate();
	}
}

function failure(response: ImportResponse): never {
	throw new Error(
		response.type === 'failed' ? response.error : `unexpected answer ${response.type}`
	);
}

/**
 * Importing staff summaries: drop files → each is checked (size first, then content) and
 * classified against what is stored, in a worker → the admin sees the report → the accepted
 * ones are stored in one transaction. Nothing of a refused file is ever stored, and the page
 * never holds the summaries themselves.
 */
export class SummaryImport {
	#phase = $state<ImportPhase>('idle');
	#outcomes = $state.raw<FileOutcome[]>([]);
	#stored = $state.raw<StoredRow[]>([]);
	#error = $state('');
	#worker: ImportWorker | undefined;

	get phase(): ImportPhase {
		return this.#phase;
	}
	get outcomes(): FileOutcome[] {
		return this.#outcomes;
	}
	get stored(): StoredRow[] {
		return this.#stored;
	}
	get error(): string {
		return this.#error;
	}
	get acceptedCount(): number {
		return this.#outcomes.filter((o) => o.outcome.kind === 'accepted').length;
	}

	async load(): Promise<void> {
		const worker = new ImportWorker();
		try {
			const response = await worker.ask({ type: 'list' }, 60_000);
			this.#stored = response.type === 'stored' ? response.stored : failure(response);
		} finally {
			worker.stop();
		}
	}

	async choose(files: File[]): Promise<void> {
		this.#phase = 'reading';
		this.#error = '';
		this.#worker?.stop();
		const worker = (this.#worker = new ImportWorker());
		try {
			await orgPolicy.load();
			const expectedOrgId = orgPolicy.draft?.pack.orgId ?? orgPolicy.active?.orgId;
			await worker.give(files);
			const response = await worker.ask(
				{ type: 'read', ...(expectedOrgId ? { expectedOrgId } : {}) },
				readTimeLimit(files.length)
			);
			this.#outcomes = response.type === 'report' ? response.outcomes : failure(response);
			this.#phase = 'report';
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
			this.#phase = 'failed';
		}
	}

	/** A summary carried in a link's fragment (`#summary=…`): checked exactly like a file. */
	async chooseLink(text: string): Promise<void> {
		const name = LINK_NAME;
		const decoded = await decodeFromLink(text, SUMMARY_MAX_BYTES);
		if (decoded.ok) {
			await this.choose([
				new File([decoded.bytes as BlobPart], name, { type: 'application/json' })
			]);
			return;
		}
		const error =
			decoded.error === 'too-big'
				? fileFailure(name, 'too-big', { kind: 'link-too-big' })
				: fileFailure(name, 'unreadable', { kind: 'link-damaged' });
		this.#outcomes = [{ fileName: name, outcome: { kind: 'rejected', error: error.error } }];
		this.#phase = 'report';
	}

	async commit(): Promise<void> {
		const worker = this.#worker;
		if (!worker) return;
		this.#phase = 'saving';
		try {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off timestamp, not state
			const importedAt = new Date().toISOString();
			const response = await worker.ask({ type: 'commit', importedAt }, 120_000);
			this.#stored = response.type === 'stored' ? response.stored : failure(response);
			this.#phase = 'saved';
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
			this.#phase = 'failed';
		} finally {
			worker.stop();
			this.#worker = undefined;
		}
	}
}
