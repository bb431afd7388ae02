import { resolve } from '$app/paths';
import type {
	PathnameWithSearchOrHash,
	ResolvedPathname,
	RouteIdWithSearchOrHash
} from '$app/types';
import type { Locale } from '$lib/domain/shared/locale';
import { pathInLocale } from '$lib/domain/shared/locale-path';
import { locale } from '$lib/state/locale.svelte';

type Target = RouteIdWithSearchOrHash | PathnameWithSearchOrHash;

/**
 * What `resolve()` puts in front of a path: the base path, or a relative one (`..`) while
 * prerendering. The app lives at the site's root, so an address's path is the page's path.
 */
const prefix = (): string => resolve('/').slice(0, -1);

/**
 * `resolve()` in the language of the page: `/org` is `/en/org` on an English page. Every in-app
 * link and `goto` goes through it, so that the reader stays in their language. Links meant for
 * someone else (a policy or summary link) use plain `resolve()`: they open in the recipient's
 * language.
 */
export function localHref<T extends Target>(
	...args: Parameters<typeof resolve<T>>
): ResolvedPathname {
	const before = prefix();
	const path = resolve<T>(...args).slice(before.length);
	return (before + pathInLocale(path, locale.current)) as ResolvedPathname;
}

/** The page at `url`, with its query and fragment, in `language`: where the language switch goes. */
export function pageIn(url: URL, language: Locale): ResolvedPathname {
	const path = pathInLocale(url.pathname + url.search + url.hash, language);
	return (prefix() + path) as ResolvedPathname;
}
