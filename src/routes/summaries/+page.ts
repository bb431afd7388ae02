import { adminKeys } from '$lib/i18n/features/admin-keys';
import type { PageLoad } from './$types';

/** The keys section's words, in the language of the address only (LanguageCatalog.loadFor). */
export const load: PageLoad = ({ url }) => adminKeys.loadFor(url);
