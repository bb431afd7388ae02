import { LanguageCatalog } from '../language-catalog.svelte';
import type ja from './remind.ja';

/**
 * The dashboard's "who is up to date" and "who to remind" sections, and the reminder mails. Each
 * language is a file of its own, loaded by the page (+page.ts).
 */
export const remind = new LanguageCatalog<keyof typeof ja>({
	ja: () => import('./remind.ja'),
	en: () => import('./remind.en')
});
