import type { Locale } from '$lib/domain/shared/locale';
import { translator, type Catalog } from '$lib/i18n/messages';
import { preferences } from '$lib/app/preferences';

/** Read by the start-up script in src/app.html, which opens the remembered language's address. */
const KEY = 'twc:locale';

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache of formatters, not state
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Made once per language and style: making one costs far more than using it (long lists). */
function dateFormat(locale: Locale, long: boolean, time: boolean): Intl.DateTimeFormat {
	const key = `${locale} ${long} ${time}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
			dateStyle: long ? 'long' : 'medium',
			...(time ? { timeStyle: 'short' } : {})
		});
		dateFormats.set(key, format);
	}
	return format;
}

/**
 * The UI language. The address says it (`/en/…` is English): the layout shows each page in the
 * language of its URL, so both languages are prerendered, and switching is a navigation.
 */
class LocaleState {
	#current = $state<Locale>('ja');

	get current(): Locale {
		return this.#current;
	}

	/** Shows the app in `locale`; the layout calls it with the language of the address. */
	set(locale: Locale): void {
		this.#current = locale;
	}

	/** Remembers `locale` for the next visit to an address in the other language. */
	remember(locale: Locale): void {
		preferences.set(KEY, locale);
	}

	/** A date, with the time if asked, as readers of the current language write it. */
	formatDate = (iso: string, options: { time?: boolean; long?: boolean } = {}): string =>
		dateFormat(this.#current, options.long === true, options.time === true).format(Date.parse(iso));

	/** A calendar day (YYYY-MM-DD), the same day in every time zone (parsed as local noon). */
	formatDay = (day: string, options: { long?: boolean } = {}): string =>
		this.formatDate(`${day}T12:00:00`, options);

	/**
	 * Text from these catalogues in the current language: `const t = locale.messages(shell, org)`,
	 * then `t('org.title')`. Importing a catalogue is all it takes to use it.
	 */
	messages = <const C extends readonly Catalog[]>(...catalogs: C) =>
		translator(() => this.#current, ...catalogs);
}

export const locale = new LocaleState();
