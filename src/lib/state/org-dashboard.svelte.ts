import { unpackReport } from '$lib/domain/aggregate/page-report';
import type { AggregateReport } from '$lib/domain/aggregate/report-schema';
import type { ChecklistContent } from '$lib/domain/content/compile';
import type { PolicyPack } from '$lib/domain/formats/policy-pack';
import { loadAllLanguages } from '$lib/load-content';
import { locale } from './locale.svelte';
import { callAdmin } from '$lib/workers/admin-client';

/** `counting`: there are summaries, and the worker is counting them. */
export type DashboardPhase = 'loading' | 'counting' | 'empty' | 'ready' | 'failed';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const COUNT_LIMIT = { ms: 120_000, tooLong: 'counting took too long' };

/**
 * The organisation's posture from the stored summaries and the policy in force (the one this
 * device follows, else the draft being written), counted by the admin worker: the page gets
 * the report and the names behind its pseudonymous ids, never the summaries.
 */
export class OrgDashboard {
	#phase = $state<DashboardPhase>('loading');
	#report = $state.raw<AggregateReport>();
	#pack = $state.raw<PolicyPack>();
	#content = $state.raw<ChecklistContent>();
	/** `[id, name]` pairs as JSON text, read into a map when a name is first asked for. */
	#namesJson = $state('[]');
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- made once from the text, never changed
	#names = $derived(new Map<string, string>(JSON.parse(this.#namesJson) as [string, string][]));
	#error = $state('');

	get phase(): DashboardPhase {
		return this.#phase;
	}
	get report(): AggregateReport | undefined {
		return this.#report;
	}
	get pack(): PolicyPack | undefined {
		return this.#pack;
	}
	/** The content the report was counted with (every language that loaded), for its titles. */
	get content(): ChecklistContent | undefined {
		return this.#content;
	}
	get error(): string {
		return this.#error;
	}
	/** Every named respondent, by id (for matching the admin's staff list). */
	get names(): ReadonlyMap<string, string> {
		return this.#names;
	}
	/** Who a pseudonymous id is, where the summaries said (only as the policy allowed). */
	nameOf(id: string): string | undefined {
		return this.#names.get(id);
	}

	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the moment of counting, not state
	async load(now = new Date()): Promise<void> {
		this.#phase = 'loading';
		try {
			const { countSummaries } = await import('$lib/storage/summary-count');
			if ((await countSummaries()) === 0) {
				this.#phase = 'empty';
				return;
			}
			this.#phase = 'counting';
			// Loaded when counting starts: the content is most of the page's weight. Meanwhile the
			// worker starts and reads the summaries (most of the count's time).
			const [{ orgPolicy }, content] = await Promise.all([
				import('./org-policy.svelte'),
				// Both languages where it can: the report keeps every title in both.
				loadAllLanguages(locale.current),
				callAdmin(async (admin) => admin.readAhead(), COUNT_LIMIT)
			]);
			await orgPolicy.load();
			const pack = orgPolicy.active ?? orgPolicy.draft?.pack;
			const request = { content, pack: $state.snapshot(pack), now: now.toISOString() };
			const counted = await callAdmin((admin) => admin.count(request), COUNT_LIMIT);
			if (!counted) {
				this.#phase = 'empty';
				return;
			}
			// The report's arrival was one task; showing it is the next, not the same long one.
			await nextTask();
			this.#pack = pack;
			this.#content = content;
			this.#namesJson = counted.names;
			const report = (this.#report = unpackReport(counted.report));
			this.#phase = 'ready';
			// What the later sections read (thousands of people due, thousands of names) is made
			// in tasks of its own, before those sections show, not in the task that shows them.
			await nextTask();
			void report.attestation.due;
			await nextTask();
			void this.#names;
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
			this.#phase = 'failed';
		}
	}
}
