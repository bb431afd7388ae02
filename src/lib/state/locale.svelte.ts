import { isLocale, matchLocale, type Locale } from '$lib/domain/locale';
import { translate, type MessageKey } from '$lib/i18n/messages';
import { preferences } from './preferences';

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

/** The UI language: the remembered choice, else the browser's, else Japanese. */
class LocaleState {
	// Prerendered pages are Japanese; the browser's choice applies once the page starts.
	#current = $state<Locale>('ja');

	get current(): Locale {
		return this.#current;
	}

	init(): void {
		const saved = preferences.get(KEY);
		this.#current = isLocale(saved) ? saved : matchLocale(navigator.languages ?? []);
	}

	set(locale: Locale): void {
		this.#current = locale;
		preferences.set(KEY, locale);
	}

	/** A date, with the time if asked, as readers of the current language write it. */
	formatDate = (iso: string, options: { time?: boolean; long?: boolean } = {}): string =>
		dateFormat(this.#current, options.long === true, options.time === true).format(Date.parse(iso));

	/** The text for `key` in the current language. */
	t = (key: MessageKey, params?: Record<string, string | number>): string =>
		translate(this.#current, key, params);
}

export const locale = new LocaleState();
