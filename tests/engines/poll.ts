/**
 * Polls `probe` until it gives a truthy value, and returns it; after `timeoutMs` it fails naming
 * `what`. The bounded wait every check in these tests uses instead of a fixed sleep.
 */
export async function pollFor<T>(
	probe: () => Promise<T>,
	what: string,
	timeoutMs = 30_000
): Promise<NonNullable<T>> {
	const deadline = Date.now() + timeoutMs;
	let last: unknown;
	for (;;) {
		try {
			const value = await probe();
			if (value) return value as NonNullable<T>;
			last = value;
		} catch (error) {
			last = error;
		}
		if (Date.now() > deadline) {
			throw new Error(
				`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}
