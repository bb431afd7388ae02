import { LanguageCatalog } from '../language-catalog.svelte';
import type ja from './vetting.ja';

/**
 * Vetting a meeting app: the criteria, the verdict and the organisation's decision. Each language
 * is a file of its own, loaded by the page (+page.ts).
 */
export const vetting = new LanguageCatalog<keyof typeof ja>({
	ja: () => import('./vetting.ja'),
	en: () => import('./vetting.en')
});
