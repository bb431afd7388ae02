import type { Locale } from '$lib/domain/locale';
import { translate, type MessageKey } from '$lib/i18n/messages';
import { preferences } from './preferences';

/** Read by the start-up script in src/app.html, which opens the remembered language's address. */
const KEY = 'twc:locale';

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
		new Intl.DateTimeFormat(this.#current === 'ja' ? 'ja-JP' : 'en-GB', {
			dateStyle: options.long ? 'long' : 'medium',
			...(options.time ? { timeStyle: 'short' } : {})
		}).format(Date.parse(iso));

	/** The text for `key` in the current language. */
	t = (key: MessageKey, params?: Record<string, string | number>): string =>
		translate(this.#current, key, params);
}

export const locale = new LocaleState();
