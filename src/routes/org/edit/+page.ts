import { packEditor } from '$lib/i18n/features/pack-editor';
import type { PageLoad } from './$types';

/** The policy form's words, in the language of the address only (LanguageCatalog.loadFor). */
export const load: PageLoad = ({ url }) => packEditor.loadFor(url);
