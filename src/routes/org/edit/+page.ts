import { packEditor } from '$lib/i18n/features/pack-editor';
import { localeFromPath } from '$lib/domain/shared/locale-path';
import type { PageLoad } from './$types';

/**
 * The policy form's words come in the language of the address only, before the page renders (a language switch
 * goes to the other address, so this runs again).
 */
export const load: PageLoad = ({ url }) => packEditor.load(localeFromPath(url.pathname));
