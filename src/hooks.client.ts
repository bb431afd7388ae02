import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { unexpectedError } from '$lib/state/unexpected-error.svelte';

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

/**
 * While the start-up script in src/app.html takes the reader to the address in their language,
 * this page is about to go: it must not start, nor touch the history the move is going through.
 */
export const init: ClientInit = () => {
	if (document.documentElement.classList.contains('lang-redirect'))
		return new Promise<void>(() => {});
};
