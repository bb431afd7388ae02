import { remind } from '$lib/i18n/features/remind';
import type { PageLoad } from './$types';

/**
 * The words of who is due and whom to remind, in the language of the address only (LanguageCatalog.loadFor).
 */
export const load: PageLoad = ({ url }) => remind.loadFor(url);
