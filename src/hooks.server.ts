import type { Handle } from '@sveltejs/kit';
import { localeFromPath } from '$lib/domain/shared/locale-path';

/** Writes the page's language into `<html lang>` of its prerendered HTML (src/app.html). */
export const handle: Handle = ({ event, resolve }) => {
	const lang = localeFromPath(event.url.pathname);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
