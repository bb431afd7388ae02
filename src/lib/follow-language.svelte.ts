import { untrack } from 'svelte';
import type { ChecklistContent } from '$lib/domain/content/compile';
import type { Locale } from '$lib/domain/shared/locale';
import { loadContent } from '$lib/load-content';
import { locale } from '$lib/state/locale.svelte';

/**
 * Keeps a page's content in the page's language. The content comes in the language the page
 * loaded it in; once `shown()` is true, a language switch loads the text of the new language
 * (with `load`: the checklist's unless told) and passes the content to `show`. Call while a
 * component initialises.
 */
export function followLanguage<T = ChecklistContent>(
	shown: () => boolean,
	show: (content: T) => void,
	load: (language: Locale) => Promise<T> = loadContent as (language: Locale) => Promise<T>
) {
	$effect(() => {
		const language = locale.current;
		if (!untrack(shown)) return;
		load(language).then(
			(content) => {
				if (language === locale.current) show(content);
			},
			// Offline, without that language stored yet: the text stays in the one loaded.
			(error: unknown) => console.warn('The content text did not load', error)
		);
	});
}
