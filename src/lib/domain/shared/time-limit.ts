/** A wait given up after its time limit. */
export class TimeoutError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'TimeoutError';
	}
}

export interface TimeLimit {
	/** Given up once any of these aborts: the rejection is that signal's reason. */
	signals?: readonly (AbortSignal | undefined)[];
	/** The rejection once the time is up: a TimeoutError saying so, unless told otherwise. */
	error?: () => Error;
}

/**
 * `promise`'s result, unless `ms` pass first or a signal aborts first; then a rejection (and
 * `promise`'s own later outcome is ignored). Neither the timer nor a listener outlives the
 * answer. The one time limit of the app: the database's opening, every call to the admin worker.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, limit: TimeLimit = {}): Promise<T> {
	const { error = () => new TimeoutError(`no answer within ${ms} ms`) } = limit;
	const signals = (limit.signals ?? []).filter((signal) => signal !== undefined);
	return new Promise<T>((resolve, reject) => {
		const aborted = signals.find((signal) => signal.aborted);
		if (aborted) {
			reject(aborted.reason);
			return;
		}
		const timer = setTimeout(() => finish(() => reject(error())), ms);
		const onAbort = (event: Event) => finish(() => reject((event.target as AbortSignal).reason));
		function finish(settle: () => void): void {
			clearTimeout(timer);
			for (const signal of signals) signal.removeEventListener('abort', onAbort);
			settle();
		}
		for (const signal of signals) signal.addEventListener('abort', onAbort, { once: true });
		promise.then(
			(value) => finish(() => resolve(value)),
			(reason: unknown) => finish(() => reject(reason))
		);
	});
}
