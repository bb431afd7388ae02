import { vetting } from '$lib/i18n/features/vetting';
import type { PageLoad } from './$types';

/** The vetting's words, in the language of the address only (LanguageCatalog.loadFor). */
export const load: PageLoad = ({ url }) => vetting.loadFor(url);
