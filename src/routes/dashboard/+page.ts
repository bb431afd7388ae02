import { remind } from '$lib/i18n/features/remind';
import { localeFromPath } from '$lib/domain/shared/locale-path';
import type { PageLoad } from './$types';

/**
 * The words of who is due and whom to remind come in the language of the address only, before the page renders (a language switch
 * goes to the other address, so this runs again).
 */
export const load: PageLoad = ({ url }) => remind.load(localeFromPath(url.pathname));
