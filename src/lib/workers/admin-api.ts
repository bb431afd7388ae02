import { loadAdminKeys } from '$lib/storage/admin-keys';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { packReport, type PackedReport } from '$lib/domain/aggregate/page-report';
import { newestRespondents } from '$lib/domain/aggregate/respondents';
import type { ChecklistContent } from '$lib/domain/content/compile';
import type { PolicyPack } from '$lib/domain/formats/policy-pack';
import { sendersOf, type Sender } from '$lib/domain/owner/owner-path';
import type { Crosswalks } from '$lib/domain/content/crosswalk-schema';
import type { AnswerSet } from '$lib/domain/readiness/answer-set';
import type { DirectAnswers } from '$lib/domain/readiness/direct-answers';
import { readinessOf, type Readiness } from '$lib/domain/readiness/readiness';
import { summaryKey } from '$lib/domain/formats/import-summaries';
import { loadSummaries } from '$lib/storage/summaries';
import {
	ImportGoneError,
	ImportSession,
	storedRows,
	type FileOutcome,
	type StoredRow
} from './import-session';
import type { StoredSummary } from '$lib/storage/summary-records';

/** The page sends the content it already loaded, so the worker does not carry a copy. */
export interface CountRequest {
	content: ChecklistContent;
	pack: PolicyPack | undefined;
	now: string;
}

/** What the readiness page has: the crosswalk, its own lists' and devices' answers. */
export interface ReadinessRequest {
	crosswalks: Crosswalks;
	own: AnswerSet[];
	/** This device's own devices: counted from here, so their imported summaries are skipped. */
	devices: { key: string; answers: AnswerSet }[];
	direct: DirectAnswers;
}

/** The organisation's count: the report, and the names behind its pseudonymous ids. */
export interface OrgCount {
	report: PackedReport;
	/**
	 * Each named respondent's `[id, name]` (only as the policy let them be named), as JSON text:
	 * thousands of small entries are slow for the page to receive, one text is not.
	 */
	names: string;
}

/**
 * What the admin worker does for the pages: it alone reads the summary files, checks each once,
 * stores and counts them. The pages get outcomes, rows, the report and the names, never the
 * summaries themselves (thousands of them cost the page long pauses to hold, check or clone).
 * The methods run in the worker (`admin.ts`) and are called through `admin-client.ts`; unit
 * tests call them directly.
 */
export class AdminApi {
	#import: { id: string; session: ImportSession } | undefined;
	/** The stored summaries read ahead of a count (`readAhead`), for that count only. */
	#readAhead: Promise<StoredSummary[]> | undefined;

	/** Import `id`'s session, if it is the one under way. */
	#session(id: string): ImportSession {
		if (this.#import?.id !== id) throw new ImportGoneError();
		return this.#import.session;
	}

	/**
	 * Hands over chosen files of import `id`, a slice at a time: the page pays for each file it
	 * passes (the browser looks it up on disk), and thousands at once would hold it for long.
	 * A new id starts a new import: an older one's work is dropped.
	 */
	give(id: string, files: File[]): void {
		if (this.#import?.id !== id) {
			this.#import = { id, session: new ImportSession(() => this.#import?.id === id) };
		}
		this.#import.session.add(files);
	}

	/**
	 * Checks every file given to import `id` against its format and the stored summaries; an
	 * encrypted one is opened first with the admin's keys on this device (old ones too).
	 */
	async read(id: string, expectedOrgId?: string): Promise<FileOutcome[]> {
		const session = this.#session(id);
		const identities = (await loadAdminKeys()).map((key) => key.identity);
		return session.read(expectedOrgId, identities);
	}

	/** Stores what import `id` accepted; resolves once the strict transaction committed. */
	async commit(id: string, importedAt: string): Promise<void> {
		this.#readAhead = undefined;
		await this.#session(id).commit(importedAt);
		this.drop(id);
	}

	/** Gives up import `id`, if it is the one under way: its files and accepted summaries go. */
	drop(id: string): void {
		if (this.#import?.id === id) this.#import = undefined;
	}

	/**
	 * The stored summaries as the page lists them: how many, and the first `limit` rows (the page
	 * asks for all only when the admin wants them: 10,000 rows took the page a long pause).
	 */
	async list(limit = Infinity): Promise<{ total: number; rows: StoredRow[] }> {
		const stored = await loadSummaries();
		return { total: stored.length, rows: storedRows(stored.slice(0, limit)) };
	}

	/** The people who have sent, for the owner's path. */
	async senders(): Promise<Sender[]> {
		return sendersOf((await loadSummaries()).map(({ summary }) => summary));
	}

	/**
	 * Starts reading the stored summaries for the count to come, while the page still gathers
	 * what the count needs (the content, the policy): reading is most of a count's time.
	 */
	readAhead(): void {
		this.#readAhead = loadSummaries();
		// Its failure is the count's to report.
		this.#readAhead.catch(() => undefined);
	}

	/** The organisation's posture from every stored summary; undefined while none is stored. */
	async count({ content, pack, now }: CountRequest): Promise<OrgCount | undefined> {
		const readAhead = this.#readAhead;
		this.#readAhead = undefined;
		const stored = await (readAhead ?? loadSummaries());
		if (stored.length === 0) return undefined;
		const aggregator = createAggregator({ content, pack, now: new Date(now) });
		for (const { summary, importedAt } of stored) aggregator.add(summary, importedAt);
		const respondents = newestRespondents(stored.map(({ summary }) => summary)).values();
		return {
			report: packReport(aggregator.result()),
			names: JSON.stringify([...respondents].flatMap(({ id, name }) => (name ? [[id, name]] : [])))
		};
	}

	/** SECURITY ACTION readiness from the stored summaries and the page's own answers. */
	async readiness({ crosswalks, own, devices, direct }: ReadinessRequest): Promise<Readiness> {
		// Each device once, by its newest revision; this device's own come from the page.
		const newest = new Map(
			devices.map(({ key, answers }) => [key, { revision: Infinity, answers }])
		);
		for (const { summary } of await loadSummaries()) {
			const key = summaryKey(summary);
			if ((newest.get(key)?.revision ?? 0) < summary.revision)
				newest.set(key, { revision: summary.revision, answers: summary.answers });
		}
		const sets = [...newest.values()].map(({ answers }) => answers);
		return readinessOf(crosswalks, own, sets, direct);
	}
}
