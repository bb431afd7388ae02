import { readinessReport } from '$lib/i18n/features/readiness-report';
import { localeFromPath } from '$lib/domain/shared/locale-path';
import type { PageLoad } from './$types';

/**
 * The results' and the policy draft's words come in the language of the address only, before the page renders (a language switch
 * goes to the other address, so this runs again).
 */
export const load: PageLoad = ({ url }) => readinessReport.load(localeFromPath(url.pathname));
