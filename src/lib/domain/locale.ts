/** The languages every user-facing text exists in. Japanese first: it is the primary audience. */
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the first supported language from a browser's preference list (e.g. `navigator.languages`). */
export function matchLocale(preferred: readonly string[], fallback: Locale = 'ja'): Locale {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLocale(base)) return base;
	}
	return fallback;
}
