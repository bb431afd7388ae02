import { LOCALES, type Locale } from '../shared/locale.ts';

/**
 * The built-in content ships in parts: one shape without text, and the text of each language
 * on its own, so a page loads (and the service worker keeps) only the language it shows. A
 * localized text `{ ja, en, ...rest }` becomes `{ ...rest, [TEXT_SLOT]: n }` in the shape, and
 * its `ja` and `en` strings go to place n of each language's list.
 */
export const TEXT_SLOT = '$text';

/**
 * The file name of a language's text chunk (`text-ja.<hash>.js`): the service worker leaves
 * these out of its precache and keeps the ones the person's pages load.
 */
export const textChunkName = (locale: Locale, hash: string): string => `text-${locale}.${hash}.js`;

/** The language of a text chunk's address, if it is one. */
export function textChunkLanguage(path: string): Locale | undefined {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return LOCALES.find((locale) => name.startsWith(`text-${locale}.`) && name.endsWith('.js'));
}

export type TextByLanguage = Record<Locale, string[]>;

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const isLocalized = (value: Plain): boolean =>
	LOCALES.every((locale) => typeof value[locale] === 'string');

/** Every localized text of `value` taken out into one list per language. */
export function splitByLanguage(value: unknown): { shape: unknown; text: TextByLanguage } {
	const text: TextByLanguage = { ja: [], en: [] };
	const walk = (node: unknown): unknown => {
		if (Array.isArray(node)) return node.map(walk);
		if (!isPlain(node)) return node;
		const entries = Object.entries(node);
		if (!isLocalized(node)) return Object.fromEntries(entries.map(([k, v]) => [k, walk(v)]));
		const rest = entries.filter(([key]) => !(LOCALES as readonly string[]).includes(key));
		const slot = text.ja.length;
		for (const locale of LOCALES) text[locale].push(node[locale] as string);
		return { ...Object.fromEntries(rest.map(([k, v]) => [k, walk(v)])), [TEXT_SLOT]: slot };
	};
	return { shape: walk(value), text };
}

/**
 * The shape with its text put back. A language whose list is not given shows the text of
 * `fallback` (whose list must be given): a page never shows an empty title while the other
 * language is still loading or cannot load offline.
 */
export function joinLanguages<T>(
	shape: unknown,
	text: Partial<TextByLanguage>,
	fallback: Locale
): T {
	const fallbackText = text[fallback];
	if (!fallbackText) throw new Error(`the ${fallback} text is not loaded`);
	const walk = (node: unknown): unknown => {
		if (Array.isArray(node)) return node.map(walk);
		if (!isPlain(node)) return node;
		const joined: Plain = {};
		for (const [key, value] of Object.entries(node)) {
			if (key !== TEXT_SLOT) joined[key] = walk(value);
		}
		const slot = node[TEXT_SLOT];
		if (typeof slot !== 'number') return joined;
		for (const locale of LOCALES) joined[locale] = (text[locale] ?? fallbackText)[slot];
		return joined;
	};
	return walk(shape) as T;
}
