import type { Remote } from 'comlink';
import { TimeoutError, withTimeout } from '$lib/domain/shared/time-limit';
import type { AdminApi } from './admin-api';

export type Admin = Remote<AdminApi>;
type Wrap = typeof import('comlink').wrap;

export interface CallLimit {
	/** Given up after this long: the worker is stopped (it may be stuck on a crafted file). */
	ms: number;
	/** What the page says then. */
	tooLong: string;
	/** Given up when this aborts (the page no longer wants the answer); the worker goes on. */
	signal?: AbortSignal;
}

/** One worker and the calls waiting on it; all of them fail at once when it stops. */
class AdminWorker {
	readonly admin: Admin;
	readonly #worker: Worker;
	readonly #stopped = new AbortController();

	constructor(
		wrap: Wrap,
		private readonly onStop: () => void
	) {
		this.#worker = new Worker(new URL('./admin.ts', import.meta.url), { type: 'module' });
		this.admin = wrap<AdminApi>(this.#worker);
		this.#worker.addEventListener('error', (event) =>
			this.stop(new Error(event.message || 'the admin worker stopped'))
		);
	}

	get stopped(): AbortSignal {
		return this.#stopped.signal;
	}

	stop(reason: Error): void {
		this.#worker.terminate();
		this.#stopped.abort(reason);
		this.onStop();
	}
}

let running: AdminWorker | undefined;
// The worker's messaging library loads with the first call, not with the pages that may call.
let comlink: Promise<typeof import('comlink')> | undefined;

/**
 * Calls the admin worker: `callAdmin((admin) => admin.list(), limit)`. One worker serves the
 * page's calls, started on first use. Every call has a time limit, and may be given up through
 * `limit.signal`; a stopped worker fails its waiting calls, and the next call starts a new one.
 */
export async function callAdmin<T>(
	work: (admin: Admin) => Promise<T>,
	limit: CallLimit
): Promise<T> {
	const { wrap } = await (comlink ??= import('comlink').catch((error: unknown) => {
		comlink = undefined;
		throw error;
	}));
	const worker = (running ??= new AdminWorker(wrap, () => {
		if (running === worker) running = undefined;
	}));
	try {
		return await withTimeout(work(worker.admin), limit.ms, {
			signals: [worker.stopped, limit.signal],
			error: () => new TimeoutError(limit.tooLong)
		});
	} catch (error) {
		if (error instanceof TimeoutError) worker.stop(error);
		throw error;
	}
}
