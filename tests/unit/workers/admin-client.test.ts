import * as Comlink from 'comlink';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { TimeoutError } from '$lib/domain/shared/time-limit';
import { callAdmin, type Admin } from '$lib/workers/admin-client';

/** What the fake worker answers: one call that answers, one that never does. */
const fakeApi = {
	list: async () => ['row'],
	hang: () => new Promise<never>(() => {})
};
type Fake = Comlink.Remote<typeof fakeApi>;
const fake = (admin: Admin) => admin as unknown as Fake;

/** A Worker that runs `fakeApi` in this thread, over a MessageChannel, as comlink would. */
class FakeWorker extends EventTarget {
	static made: FakeWorker[] = [];
	terminated = false;
	/** Messages the page sent: one per call. */
	posted = 0;
	readonly #port: MessagePort;

	constructor() {
		super();
		FakeWorker.made.push(this);
		const { port1, port2 } = new MessageChannel();
		Comlink.expose(fakeApi, port2);
		this.#port = port1;
		port1.addEventListener('message', (event) =>
			this.dispatchEvent(new MessageEvent('message', { data: event.data }))
		);
		port1.start();
	}

	postMessage(data: unknown, transfer: Transferable[] = []): void {
		this.posted += 1;
		if (!this.terminated) this.#port.postMessage(data, transfer);
	}

	terminate(): void {
		this.terminated = true;
		this.#port.close();
	}

	/** The worker's script failed (a load error, or an error nothing caught). */
	fail(message: string): void {
		this.dispatchEvent(Object.assign(new Event('error'), { message }));
	}
}

const last = () => FakeWorker.made.at(-1)!;
const LIMIT = { ms: 60_000, tooLong: 'counting took too long' };

/** The running worker, after a call it answered (the client loads comlink on first use). */
async function running(): Promise<FakeWorker> {
	expect(await callAdmin((admin) => fake(admin).list(), LIMIT)).toEqual(['row']);
	return last();
}

/** Waits until `worker` has been sent `count` calls in all. */
const sent = (worker: FakeWorker, count: number) =>
	vi.waitFor(() => expect(worker.posted).toBe(count));

beforeAll(() => {
	vi.stubGlobal('Worker', FakeWorker);
});
afterAll(() => {
	vi.unstubAllGlobals();
});

describe('calling the admin worker', () => {
	test('calls are answered, and one worker serves them', async () => {
		const made = FakeWorker.made.length;
		expect(await callAdmin((admin) => fake(admin).list(), LIMIT)).toEqual(['row']);
		expect(await callAdmin((admin) => fake(admin).list(), LIMIT)).toEqual(['row']);
		expect(FakeWorker.made.length - made).toBeLessThanOrEqual(1);
		expect(last().terminated).toBe(false);
	});

	test('a call past its time limit fails in plain words, stops the worker, and the next call starts a new one', async () => {
		const worker = await running();
		const before = worker.posted;
		vi.useFakeTimers();
		try {
			const hung = callAdmin((admin) => fake(admin).hang(), { ...LIMIT, ms: 1000 });
			const outcome = expect(hung).rejects.toThrow(new TimeoutError('counting took too long'));
			await sent(worker, before + 1);
			await vi.advanceTimersByTimeAsync(1000);
			await outcome;
			expect(worker.terminated).toBe(true);
			const next = callAdmin((admin) => fake(admin).list(), LIMIT);
			await vi.advanceTimersByTimeAsync(0);
			expect(await next).toEqual(['row']);
			expect(last()).not.toBe(worker);
		} finally {
			vi.useRealTimers();
		}
	});

	test('a call the page gives up fails at once with its reason; the worker goes on', async () => {
		const controller = new AbortController();
		const waiting = callAdmin((admin) => fake(admin).hang(), {
			...LIMIT,
			signal: controller.signal
		});
		const left = new Error('the page was left');
		controller.abort(left);
		await expect(waiting).rejects.toBe(left);
		expect(last().terminated).toBe(false);
		expect(await callAdmin((admin) => fake(admin).list(), LIMIT)).toEqual(['row']);
	});

	test('a worker that fails fails every call waiting on it at once, and is replaced', async () => {
		const worker = await running();
		const before = worker.posted;
		const one = callAdmin((admin) => fake(admin).hang(), LIMIT);
		const two = callAdmin((admin) => fake(admin).hang(), LIMIT);
		await sent(worker, before + 2);
		worker.fail('the script could not load');
		await expect(one).rejects.toThrow('the script could not load');
		await expect(two).rejects.toThrow('the script could not load');
		expect(worker.terminated).toBe(true);
		expect(await callAdmin((admin) => fake(admin).list(), LIMIT)).toEqual(['row']);
		expect(last()).not.toBe(worker);
	});
});
