import { help } from '$lib/i18n/features/help';
import { localeFromPath } from '$lib/domain/shared/locale-path';
import type { PageLoad } from './$types';

/**
 * The help text is most of the page's weight: it comes in the language of the address only (a
 * language switch goes to the other address, so this runs again), before the page renders.
 */
export const load: PageLoad = ({ url }) => help.load(localeFromPath(url.pathname));
