import type { Locale } from './locale';

/**
 * The language is part of the URL, so each page is prerendered in both: Japanese at `/…` (the
 * addresses the app always had), English at `/en/…`. Paths here start at the site's root and may
 * carry a query and a fragment, which stay as they are.
 */
const EN_PREFIX = '/en';

/** The path part of `url` (before `?` or `#`) and the rest. */
function splitPath(url: string): [path: string, rest: string] {
	const end = url.search(/[?#]/);
	return end === -1 ? [url, ''] : [url.slice(0, end), url.slice(end)];
}

function isEnglishPath(path: string): boolean {
	return path === EN_PREFIX || path.startsWith(`${EN_PREFIX}/`);
}

/** The language a page's address is in: `/en` and `/en/…` are English, every other path Japanese. */
export function localeFromPath(url: string): Locale {
	return isEnglishPath(splitPath(url)[0]) ? 'en' : 'ja';
}

/** The address without its language: `/en/org#pack=x` → `/org#pack=x`, `/en` → `/`. */
export function pathWithoutLocale(url: string): string {
	const [path, rest] = splitPath(url);
	return isEnglishPath(path) ? (path.slice(EN_PREFIX.length) || '/') + rest : url;
}

/** The same page in `locale`: `/org?x#y` → `/en/org?x#y` for English, `/en` → `/` for Japanese. */
export function pathInLocale(url: string, locale: Locale): string {
	const plain = pathWithoutLocale(url);
	if (locale === 'ja') return plain;
	const [path, rest] = splitPath(plain);
	return (path === '/' ? EN_PREFIX : EN_PREFIX + path) + rest;
}
