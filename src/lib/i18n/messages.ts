import type { Locale } from '../domain/shared/locale.ts';

/** One feature's text in both languages, as `defineMessages` makes it (features/*.ts). */
export type Catalog<K extends string = string> = {
	readonly [L in Locale]: Readonly<Record<K, string>>;
};

/** The keys of a catalogue, or of any of a union of catalogues. */
export type KeyOf<C> = C extends Catalog<infer K> ? K : never;

export type Params = Record<string, string | number>;

/** Text for a key of the catalogues it was made with, in the language of the moment. */
export type Translate<K extends string> = (key: K, params?: Params) => string;

/**
 * Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing.
 * `{name|one|other}` picks the singular or plural wording by the number (English needs it;
 * `#` in the wording stands for the number): `{count|# device|# devices}`.
 */
export function format(template: string, params: Params = {}): string {
	return template.replace(
		/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
		(whole, name: string, one?: string, other?: string) => {
			if (!(name in params)) return whole;
			const value = String(params[name]);
			if (one === undefined || other === undefined) return value;
			return (Number(value) === 1 ? one : other).replaceAll('#', value);
		}
	);
}

/**
 * Looks keys up in the given catalogues only: code that shows a feature's text imports that
 * feature's catalogue, so no text can be missing at run time, and the key type is checked
 * against exactly those catalogues. `locale` is a language, or a function read at each call
 * (the UI passes the current language, so text follows a switch).
 */
export function translator<const C extends readonly Catalog[]>(
	locale: Locale | (() => Locale),
	...catalogs: C
): Translate<KeyOf<C[number]>> {
	return (key, params) => {
		const lang = typeof locale === 'function' ? locale() : locale;
		for (const catalog of catalogs) {
			const text: string | undefined = (catalog[lang] as Record<string, string>)[key];
			if (text !== undefined) return format(text, params);
		}
		// Unreachable while the types hold; a visible key is caught by the browser tests.
		return key;
	};
}
