import type { HandleClientError } from '@sveltejs/kit';
import { config } from 'zod/v4/core';
import { unexpectedError } from '$lib/state/unexpected-error.svelte';

// zod probes `new Function` to speed up parsing; under our CSP (no 'unsafe-eval') that probe
// is a policy violation. The interpreted path is plenty fast for checklist-sized data.
// (Imported from the core so that the first page does not load all of zod for one setting.)
config({ jitless: true });

/**
 * A load or render failed. The error page shows; the banner adds the way out (reload, backup).
 * The page gets SvelteKit's generic text ("Internal Error", "Not Found"), never the error's own.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	// A page that does not exist is not a failure: the error page says so on its own.
	if (status >= 500) {
		console.error(error);
		unexpectedError.show();
	}
	return { message };
};
