import { LanguageCatalog } from '../language-catalog.svelte';
import type ja from './key-paper.ja';

/** The paper copy of the admin's keys: its words load with it, on the first print. */
export const keyPaper = new LanguageCatalog<keyof typeof ja>({
	ja: () => import('./key-paper.ja'),
	en: () => import('./key-paper.en')
});
