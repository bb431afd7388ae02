import { LanguageCatalog } from '../language-catalog.svelte';
import type ja from './readiness-report.ja';

/**
 * The readiness page's results and the basic policy draft: they load with the count. Each
 * language is a file of its own, loaded by the page (+page.ts).
 */
export const readinessReport = new LanguageCatalog<keyof typeof ja>({
	ja: () => import('./readiness-report.ja'),
	en: () => import('./readiness-report.en')
});
