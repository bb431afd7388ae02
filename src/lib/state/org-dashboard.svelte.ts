import type { AggregateReport } from '$lib/domain/aggregate/report-schema';
import type { PolicyPack } from '$lib/domain/formats/policy-pack';
import type { AggregateRequest, AggregateResponse } from '$lib/workers/aggregate';
import { withTimeout } from './with-timeout';

export type DashboardPhase = 'loading' | 'empty' | 'ready' | 'failed';

/** Who a pseudonymous id is, where the summaries said (only as the policy allowed). */
export interface Respondent {
	name?: string;
	department?: string;
}

function aggregateInWorker(request: AggregateRequest): Promise<AggregateReport> {
	const worker = new Worker(new URL('../workers/aggregate.ts', import.meta.url), {
		type: 'module'
	});
	const answer = new Promise<AggregateReport>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<AggregateResponse>) =>
			event.data.ok ? resolve(event.data.report) : reject(new Error(event.data.error));
		worker.onerror = (event) => reject(new Error(event.message || 'the counting stopped'));
		worker.postMessage(request);
	});
	return withTimeout(
		answer,
		60_000 + request.summaries.length * 10,
		'counting took too long'
	).finally(() => worker.terminate());
}

/**
 * The organisation's posture from the stored summaries and the policy in force (the one this
 * device follows, else the draft being written), recounted in a worker.
 */
export class OrgDashboard {
	#phase = $state<DashboardPhase>('loading');
	#report = $state.raw<AggregateReport>();
	#pack = $state.raw<PolicyPack>();
	#respondents = $state.raw<Record<string, Respondent>>({});
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
	get error(): string {
		return this.#error;
	}
	respondent(id: string): Respondent | undefined {
		return Object.hasOwn(this.#respondents, id) ? this.#respondents[id] : undefined;
	}

	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the moment of counting, not state
	async load(now = new Date()): Promise<void> {
		this.#phase = 'loading';
		try {
			// Loaded when counting starts: storage and schemas are most of the page's weight.
			const [{ loadSummaries }, { orgPolicy }, { content }] = await Promise.all([
				import('$lib/storage/summaries'),
				import('./org-policy.svelte'),
				import('virtual:checklist-content')
			]);
			const [stored] = await Promise.all([loadSummaries(), orgPolicy.load()]);
			if (stored.length === 0) {
				this.#phase = 'empty';
				return;
			}
			this.#pack = orgPolicy.active ?? orgPolicy.draft?.pack;
			// One person may send a summary per device: the newest one says how they are named now.
			const byAge = stored.toSorted((a, b) =>
				a.summary.createdAt.localeCompare(b.summary.createdAt)
			);
			this.#respondents = Object.fromEntries(
				byAge.map(({ summary: { respondent } }) => [respondent.id, respondent])
			);
			this.#report = await aggregateInWorker({
				content,
				summaries: stored.map(({ summary, importedAt }) => ({ summary, importedAt })),
				pack: $state.snapshot(this.#pack),
				now: now.toISOString()
			});
			this.#phase = 'ready';
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
			this.#phase = 'failed';
		}
	}
}
