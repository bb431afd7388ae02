import { afterEach, describe, expect, it, vi } from 'vitest';
import { readTimeLimit } from '$lib/state/summary-import.svelte';
import { withTimeout } from '$lib/state/with-timeout';

afterEach(() => {
	vi.useRealTimers();
});

describe('a reader that never answers', () => {
	it('is given up after the limit with a plain message', async () => {
		vi.useFakeTimers();
		const hung = withTimeout(new Promise<never>(() => {}), 1000, 'took too long');
		const outcome = expect(hung).rejects.toThrow('took too long');
		await vi.advanceTimersByTimeAsync(1000);
		await outcome;
	});

	it('an answer in time wins and leaves no timer behind', async () => {
		vi.useFakeTimers();
		await expect(withTimeout(Promise.resolve(7), 1000, 'late')).resolves.toBe(7);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('the limit grows with the number of files', () => {
		expect(readTimeLimit(1)).toBeLessThan(readTimeLimit(2000));
		expect(readTimeLimit(5000)).toBeLessThanOrEqual(10 * 60_000);
	});
});
