import { joinLanguages, type TextByLanguage } from '$lib/domain/content/by-language';
import { LOCALES, type Locale } from '$lib/domain/shared/locale';

type ShapeModule = () => Promise<{ shape: unknown }>;
type TextModules = Record<Locale, () => Promise<{ text: string[] }>>;

/** Loads built-in content that ships as a shape and one text chunk per language. */
export interface ContentInParts<T> {
	/**
	 * The content with its text in `locale` and in any language loaded before (the texts of the
	 * others show `locale`'s). Loading again with the same languages gives the same object.
	 */
	load(locale: Locale): Promise<T>;
	/**
	 * The content with its text in every language that loads: `locale`'s must, the others may
	 * not (offline, before the service worker stored them), and then show `locale`'s text.
	 */
	loadAll(locale: Locale): Promise<T>;
}

/**
 * Each language's text is a chunk of its own (src/lib/node/vite-plugin-content.ts): a page loads
 * only the languages it shows, and the service worker keeps only the languages in use.
 */
export function contentInParts<T>(shapeModule: ShapeModule, texts: TextModules): ContentInParts<T> {
	const loaded: Partial<TextByLanguage> = {};
	const joined = new Map<string, T>();

	async function load(locale: Locale): Promise<T> {
		const [{ shape }, { text }] = await Promise.all([shapeModule(), texts[locale]()]);
		loaded[locale] = text;
		const key = LOCALES.filter((language) => loaded[language]).join();
		const content = joined.get(key) ?? joinLanguages<T>(shape, loaded, locale);
		joined.set(key, content);
		return content;
	}

	async function loadAll(locale: Locale): Promise<T> {
		const others = LOCALES.filter((language) => language !== locale);
		await Promise.all(
			others.map((language) =>
				texts[language]().then(
					({ text }) => (loaded[language] = text),
					() => undefined
				)
			)
		);
		return load(locale);
	}

	return { load, loadAll };
}
