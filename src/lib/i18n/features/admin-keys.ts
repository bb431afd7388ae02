import { LanguageCatalog } from '../language-catalog.svelte';
import type ja from './admin-keys.ja';

/**
 * The admin's keys on /summaries (and their paper copy). Each language is a file of its own,
 * loaded by the page (+page.ts): only admins read these words, and only in one language.
 */
export const adminKeys = new LanguageCatalog<keyof typeof ja>({
	ja: () => import('./admin-keys.ja'),
	en: () => import('./admin-keys.en')
});
