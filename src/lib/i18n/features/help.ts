import { LanguageCatalog } from '../language-catalog.svelte';
import type ja from './help.ja';

/**
 * "When something goes wrong": what to do first, what to note, whom to call. Most of the help
 * page's weight, so each language is a file of its own, loaded by the page (+page.ts).
 */
export const help = new LanguageCatalog<keyof typeof ja>({
	ja: () => import('./help.ja'),
	en: () => import('./help.en')
});
