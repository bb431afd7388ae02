/**
 * Leaving a page aborts what it was still loading (Firefox ends a lazily imported chunk that the
 * service worker was serving). Such failures say nothing about the app: they are not logged.
 */
let leaving = false;

if (typeof window !== 'undefined') {
	addEventListener('beforeunload', () => (leaving = true));
	addEventListener('pagehide', () => (leaving = true));
	// Back from the back-forward cache: the page is alive again.
	addEventListener('pageshow', () => (leaving = false));
}

/** Logs an error the person cannot act on, unless the page is being left. */
export function logError(context: string, error: unknown): void {
	if (!leaving) console.error(context, error);
}
