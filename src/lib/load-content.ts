import type { ChecklistContent } from '$lib/domain/content/compile';
import { joinLanguages, type TextByLanguage } from '$lib/domain/content/by-language';
import { LOCALES, type Locale } from '$lib/domain/shared/locale';

// Each language's text is a chunk of its own: a page loads only the language it shows.
const TEXT: Record<Locale, () => Promise<{ text: string[] }>> = {
	ja: () => import('virtual:checklist-text-ja'),
	en: () => import('virtual:checklist-text-en')
};

const loaded: Partial<TextByLanguage> = {};
/** One object per set of loaded languages: loading again gives the same content. */
const joined = new Map<string, ChecklistContent>();

/**
 * The checklist items, categories and meeting apps compiled from checklists/ at build time, with
 * their text in `locale` and in any language loaded before (texts of the others show `locale`'s).
 * They are most of a page's weight, so they load on first use, as chunks of their own.
 */
export async function loadContent(locale: Locale): Promise<ChecklistContent> {
	const [{ shape }, { text }] = await Promise.all([
		import('virtual:checklist-shape'),
		TEXT[locale]()
	]);
	loaded[locale] = text;
	const key = LOCALES.filter((language) => loaded[language]).join();
	const content = joined.get(key) ?? joinLanguages<ChecklistContent>(shape, loaded, locale);
	joined.set(key, content);
	return content;
}

/**
 * The content with its text in every language that loads: `locale`'s must, the others may not
 * (offline, before the service worker stored them), and then show `locale`'s text.
 */
export async function loadAllLanguages(locale: Locale): Promise<ChecklistContent> {
	const others = LOCALES.filter((language) => language !== locale);
	await Promise.all(
		others.map((language) =>
			TEXT[language]().then(
				({ text }) => (loaded[language] = text),
				() => undefined
			)
		)
	);
	return loadContent(locale);
}
