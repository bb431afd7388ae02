import { LanguageCatalog } from '../language-catalog.svelte';
import type ja from './pack-editor.ja';

/**
 * The policy editor's form: settings, own items, overrides, help desks and rules. Each language
 * is a file of its own, loaded by the page (+page.ts).
 */
export const packEditor = new LanguageCatalog<keyof typeof ja>({
	ja: () => import('./pack-editor.ja'),
	en: () => import('./pack-editor.en')
});
