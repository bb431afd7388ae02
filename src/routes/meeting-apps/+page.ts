import { vetting } from '$lib/i18n/features/vetting';
import { localeFromPath } from '$lib/domain/shared/locale-path';
import type { PageLoad } from './$types';

/**
 * The vetting's words come in the language of the address only, before the page renders (a language switch
 * goes to the other address, so this runs again).
 */
export const load: PageLoad = ({ url }) => vetting.load(localeFromPath(url.pathname));
