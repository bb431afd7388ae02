import { LanguageCatalog } from '../language-catalog.svelte';
import type ja from './meeting.ja';

/**
 * The one-minute check before a meeting. With the meeting content, most of its page's weight:
 * each language is a file of its own, loaded by the page (+page.ts).
 */
export const meeting = new LanguageCatalog<keyof typeof ja>({
	ja: () => import('./meeting.ja'),
	en: () => import('./meeting.en')
});
