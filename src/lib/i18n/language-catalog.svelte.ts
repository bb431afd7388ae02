import type { Locale } from '../domain/shared/locale.ts';
import { localeFromPath } from '../domain/shared/locale-path.ts';
import type { Catalog } from './messages.ts';

type Words<K extends string> = Readonly<Record<K, string>>;

/** Each language's file of a feature (`features/help.ja.ts`, `help.en.ts`, default exports). */
export type FilesByLanguage<K extends string> = Record<
	Locale,
	() => Promise<{ default: Words<K> }>
>;

/**
 * A feature's catalogue written one file per language: a page loads only the language it shows,
 * and the build names those chunks `text-<lang>`, so the service worker keeps only the languages
 * in use. It is used like any catalogue (`locale.messages(shell, help)`) once `load` has
 * resolved for the page's language; the page's `+page.ts` awaits it, and runs again when the
 * address changes language. Until the new language is there, the one loaded before stands in
 * for it: a page caught between two languages shows words, never keys.
 */
export class LanguageCatalog<K extends string> implements Catalog<K> {
	readonly #files: FilesByLanguage<K>;
	#loaded = $state.raw<Partial<Record<Locale, Words<K>>>>({});
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- loads under way, not state
	readonly #loading = new Map<Locale, Promise<void>>();

	constructor(files: FilesByLanguage<K>) {
		this.#files = files;
	}

	get ja(): Words<K> {
		return this.#words('ja', 'en');
	}

	get en(): Words<K> {
		return this.#words('en', 'ja');
	}

	/**
	 * Loads `locale`'s words, once; rejects when they cannot load (offline, not kept), and a
	 * later call tries again.
	 */
	load(locale: Locale): Promise<void> {
		let loading = this.#loading.get(locale);
		if (!loading) {
			loading = this.#files[locale]().then(({ default: words }) => {
				this.#loaded = { ...this.#loaded, [locale]: words };
			});
			loading.catch(() => this.#loading.delete(locale));
			this.#loading.set(locale, loading);
		}
		return loading;
	}

	/**
	 * Loads the words of the language of the page's address (`/en/…` is English): a page's
	 * `+page.ts` returns this, so the words are there before it renders, and again after a
	 * language switch (which goes to the other address).
	 */
	loadFor(url: URL): Promise<void> {
		return this.load(localeFromPath(url.pathname));
	}

	#words(locale: Locale, other: Locale): Words<K> {
		return this.#loaded[locale] ?? this.#loaded[other] ?? ({} as Words<K>);
	}
}
