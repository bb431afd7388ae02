import { readinessReport } from '$lib/i18n/features/readiness-report';
import type { PageLoad } from './$types';

/**
 * The results' and the policy draft's words, in the language of the address only (LanguageCatalog.loadFor).
 */
export const load: PageLoad = ({ url }) => readinessReport.loadFor(url);
