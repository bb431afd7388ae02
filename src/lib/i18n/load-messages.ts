import type { Locale } from '../domain/shared/locale.ts';
import type { Catalog } from './messages.ts';

/**
 * A feature whose text is large, written one file per language (`features/help.ja.ts` and
 * `help.en.ts`, each a default export): a page loads only the language it shows, and the service
 * worker keeps the languages in use, as it does the content's text.
 */
export type MessagesByLanguage<K extends string> = Record<
	Locale,
	() => Promise<{ default: Readonly<Record<K, string>> }>
>;

/**
 * The feature's catalogue, with the text of `locale` loaded. A page shows one language, and
 * loads again when the address changes language; the other language's place holds the same
 * text, so a page caught between two languages shows words, never keys.
 */
export async function loadMessages<K extends string>(
	files: MessagesByLanguage<K>,
	locale: Locale
): Promise<Catalog<K>> {
	const text = (await files[locale]()).default;
	return { ja: text, en: text };
}
