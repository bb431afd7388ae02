import type { Reroute } from '@sveltejs/kit';
import { pathWithoutLocale } from '$lib/domain/shared/locale-path';

/**
 * `/en/…` shows the page of `/…`: the route folders stay where they are, and the page reads its
 * language from the address (the layout does). Runs when prerendering and in the browser.
 */
export const reroute: Reroute = ({ url }) => pathWithoutLocale(url.pathname);
