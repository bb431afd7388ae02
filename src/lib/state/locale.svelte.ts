import { isLocale, matchLocale, type Locale } from '$lib/domain/locale';
import { translate, type MessageKey } from '$lib/i18n/messages';
import { preferences } from './preferences';

const KEY = 'twc:locale';

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
		new Intl.DateTimeFormat(this.#current === 'ja' ? 'ja-JP' : 'en-GB', {
			dateStyle: options.long ? 'long' : 'medium',
			...(options.time ? { timeStyle: 'short' } : {})
		}).format(Date.parse(iso));

	/** The text for `key` in the current language. */
	t = (key: MessageKey, params?: Record<string, string | number>): string =>
		translate(this.#current, key, params);
}

export const locale = new LocaleState();
