import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeoutError, withTimeout } from '$lib/domain/shared/time-limit';

afterEach(() => {
	vi.useRealTimers();
});

const never = () => new Promise<never>(() => {});

describe('a wait with a time limit', () => {
	it('is given up after the limit, with the error asked for', async () => {
		vi.useFakeTimers();
		const hung = withTimeout(never(), 1000, { error: () => new TimeoutError('took too long') });
		const outcome = expect(hung).rejects.toThrow(new TimeoutError('took too long'));
		await vi.advanceTimersByTimeAsync(999);
		expect(vi.getTimerCount()).toBe(1);
		await vi.advanceTimersByTimeAsync(1);
		await outcome;
		expect(vi.getTimerCount()).toBe(0);
	});

	it('says a TimeoutError unless told otherwise', async () => {
		vi.useFakeTimers();
		const hung = withTimeout(never(), 10);
		const outcome = expect(hung).rejects.toBeInstanceOf(TimeoutError);
		await vi.advanceTimersByTimeAsync(10);
		await outcome;
	});

	it('an answer in time wins and leaves no timer or listener behind', async () => {
		vi.useFakeTimers();
		const controller = new AbortController();
		const remove = vi.spyOn(controller.signal, 'removeEventListener');
		await expect(
			withTimeout(Promise.resolve(7), 1000, { signals: [controller.signal] })
		).resolves.toBe(7);
		expect(vi.getTimerCount()).toBe(0);
		expect(remove).toHaveBeenCalledOnce();
	});

	it('a failure in time is passed on as it is', async () => {
		const failure = new Error('the file is broken');
		await expect(withTimeout(Promise.reject(failure), 1000)).rejects.toBe(failure);
	});

	it('is given up at once when any of its signals aborts, with that reason', async () => {
		vi.useFakeTimers();
		const page = new AbortController();
		const worker = new AbortController();
		const waiting = withTimeout(never(), 60_000, {
			signals: [undefined, page.signal, worker.signal]
		});
		const stopped = new Error('the worker stopped');
		worker.abort(stopped);
		await expect(waiting).rejects.toBe(stopped);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('an already aborted signal gives up before waiting at all', async () => {
		vi.useFakeTimers();
		const controller = new AbortController();
		controller.abort(new Error('left the page'));
		await expect(
			withTimeout(Promise.resolve(1), 1000, { signals: [controller.signal] })
		).rejects.toThrow('left the page');
		expect(vi.getTimerCount()).toBe(0);
	});
});
