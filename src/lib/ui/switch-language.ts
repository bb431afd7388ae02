import { goto } from '$app/navigation';
import type { Locale } from '$lib/domain/shared/locale';
import { pageIn } from '$lib/i18n/local-href';
import { locale } from '$lib/state/locale.svelte';

/**
 * Opens this page in `language` and remembers the choice for the next visit. The address comes
 * from the address bar: a link's data (`#pack=…`) may have been read and taken off it already.
 * The page stays mounted (same route), so what the person was doing stays, and so do the focus
 * and the scroll position.
 */
export function switchLanguage(language: Locale): void {
	locale.remember(language);
	void goto(pageIn(new URL(location.href), language), { keepFocus: true, noScroll: true });
}
