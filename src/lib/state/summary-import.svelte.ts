import { callAdmin, type Admin } from '$lib/workers/admin-client';
import type { FileOutcome, StoredRow } from '$lib/workers/import-session';
import { orgPolicy } from './org-policy.svelte';

export type ImportPhase = 'idle' | 'reading' | 'report' | 'saving' | 'saved' | 'failed';

/** Generous for a slow phone: about 20 ms per file is measured on a laptop. */
export const readTimeLimit = (files: number) => 20_000 + files * 100;

const LIST_LIMIT = { ms: 60_000, tooLong: 'listing the summaries took too long' };
/** Rows of a long list the page shows until the admin asks for all of them. */
export const LISTED_ROWS = 50;

/** Files handed to the worker per call: a few milliseconds of the page's time each. */
const SLICE = 20;

/**
 * Hands the files over a slice at a time: the page pays for each file it passes (the browser
 * looks it up on disk), and thousands at once would hold it for seconds. Each slice waits for
 * the worker's answer, so the page gets its turn in between.
 */
async function give(admin: Admin, id: string, files: readonly File[]): Promise<void> {
	for (let start = 0; start < files.length; start += SLICE) {
		await admin.give(id, files.slice(start, start + SLICE));
	}
}

/**
 * The admin's keys on this device, to open an encrypted link. Keys that cannot be read open
 * nothing: the link then says it needs a key, and the keys section says they are damaged.
 */
async function identities(): Promise<string[]> {
	try {
		const keys = await (await import('$lib/storage/admin-keys')).loadAdminKeys();
		return keys.map((key) => key.identity);
	} catch {
		return [];
	}
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
	#storedCount = $state(0);
	/** Whether the admin asked for every stored summary, not only the first LISTED_ROWS. */
	#listAll = false;
	#error = $state('');
	/** The import under way (its id in the worker), and how to give it up. */
	#import: { id: string; controller: AbortController } | undefined;

	get phase(): ImportPhase {
		return this.#phase;
	}
	get outcomes(): FileOutcome[] {
		return this.#outcomes;
	}
	/** The stored summaries listed: the first LISTED_ROWS, or all once `listAll` was asked. */
	get stored(): StoredRow[] {
		return this.#stored;
	}
	get storedCount(): number {
		return this.#storedCount;
	}
	get error(): string {
		return this.#error;
	}
	get acceptedCount(): number {
		return this.#outcomes.filter((o) => o.outcome.kind === 'accepted').length;
	}

	async load(): Promise<void> {
		const limit = this.#listAll ? undefined : LISTED_ROWS;
		const { total, rows } = await callAdmin((admin) => admin.list(limit), LIST_LIMIT);
		this.#stored = rows;
		this.#storedCount = total;
	}

	/** Lists every stored summary from now on. */
	async listAll(): Promise<void> {
		this.#listAll = true;
		await this.load();
	}

	async choose(files: File[]): Promise<void> {
		this.#phase = 'reading';
		this.#error = '';
		this.cancel();
		const current = (this.#import = { id: crypto.randomUUID(), controller: new AbortController() });
		const { id, controller } = current;
		try {
			await orgPolicy.load();
			const expectedOrgId = orgPolicy.draft?.pack.orgId ?? orgPolicy.active?.orgId;
			this.#outcomes = await callAdmin(
				async (admin) => {
					await give(admin, id, files);
					return admin.read(id, expectedOrgId);
				},
				{
					ms: readTimeLimit(files.length),
					tooLong: 'checking the files took too long',
					signal: controller.signal
				}
			);
			this.#phase = 'report';
		} catch (error) {
			if (controller.signal.aborted) return;
			this.#fail(error);
		}
	}

	/**
	 * A summary carried in a link's fragment (`#summary=…`): checked exactly like a file. One
	 * encrypted to the admin is opened with the keys on this device first.
	 */
	async chooseLink(text: string): Promise<void> {
		// The summary format (and zod with it) loads with a link, not with the page.
		const [{ SUMMARY_MAX_BYTES }, { decodeFromLink }, { LINK_NAME: name, fileFailure }] =
			await Promise.all([
				import('$lib/domain/formats/import-summaries'),
				import('$lib/domain/formats/link-codec'),
				import('$lib/domain/formats/read-versioned')
			]);
		const decoded = await decodeFromLink(text, SUMMARY_MAX_BYTES, await identities());
		if (decoded.ok) {
			await this.choose([
				new File([decoded.bytes as BlobPart], name, { type: 'application/json' })
			]);
			return;
		}
		const error =
			decoded.error === 'too-big'
				? fileFailure(name, 'too-big', { kind: 'link-too-big' })
				: decoded.error === 'cannot-decrypt'
					? fileFailure(name, 'unreadable', { kind: `encrypted-${decoded.failure}` })
					: fileFailure(name, 'unreadable', { kind: 'link-damaged' });
		this.#outcomes = [{ fileName: name, outcome: { kind: 'rejected', error: error.error } }];
		this.#phase = 'report';
	}

	/** Stores the accepted summaries; "saved" shows once the worker's transaction committed. */
	async commit(): Promise<void> {
		const current = this.#import;
		if (!current) return;
		this.#phase = 'saving';
		try {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off timestamp, not state
			const importedAt = new Date().toISOString();
			await callAdmin((admin) => admin.commit(current.id, importedAt), {
				ms: 120_000,
				tooLong: 'saving took too long'
			});
			this.#import = undefined;
			this.#phase = 'saved';
		} catch (error) {
			this.#fail(error);
			return;
		}
		await this.load().catch((error: unknown) => console.error('Listing summaries failed', error));
	}

	/** Gives up the import under way (a new choice, or the page is left): nothing is stored. */
	cancel(): void {
		const current = this.#import;
		if (!current) return;
		this.#import = undefined;
		current.controller.abort();
		void callAdmin((admin) => admin.drop(current.id), LIST_LIMIT).catch(() => undefined);
	}

	#fail(error: unknown): void {
		this.#error = error instanceof Error ? error.message : String(error);
		this.#phase = 'failed';
	}
}
