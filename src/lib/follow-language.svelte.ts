import { untrack } from 'svelte';
import type { ChecklistContent } from '$lib/domain/content/compile';
import { loadContent } from '$lib/load-content';
import { locale } from '$lib/state/locale.svelte';

/**
 * Keeps a page's content in the page's language. The content comes in the language the page
 * loaded it in; once `shown()` is true, a language switch loads the text of the new language
 * and passes the content to `show`. Call while a component initialises.
 */
export function followLanguage(shown: () => boolean, show: (content: ChecklistContent) => void) {
	$effect(() => {
		const language = locale.current;
		if (!untrack(shown)) return;
		loadContent(language).then(
			(content) => {
				if (language === locale.current) show(content);
			},
			// Offline, without that language stored yet: the text stays in the one loaded.
			(error: unknown) => console.warn('The content text did not load', error)
		);
	});
}
