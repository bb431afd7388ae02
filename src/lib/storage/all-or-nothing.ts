/** The part of a transaction `allOrNothing` needs (an idb transaction of any stores). */
interface Transaction {
	readonly done: Promise<void>;
	abort(): void;
}

/**
 * Issues a transaction's requests through `issue` (which pushes each one onto the list) and
 * waits for the commit. On any failure the transaction is aborted, so none of its changes land.
 */
export async function allOrNothing(
	tx: Transaction,
	issue: (requests: Promise<unknown>[]) => void
): Promise<void> {
	const requests: Promise<unknown>[] = [tx.done];
	try {
		issue(requests);
		await Promise.all(requests);
	} catch (error) {
		// A request that threw synchronously (a full disk, a clone error) leaves the
		// transaction alive: it would commit the earlier requests on its own. Abort it explicitly.
		try {
			tx.abort();
		} catch {
			// Already aborted by the failed request, or finished.
		}
		// The other requests now fail too; that is expected, not an unhandled rejection.
		for (const request of requests) request.catch(() => undefined);
		throw error;
	}
}
