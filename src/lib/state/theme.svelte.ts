import { preferences } from '$lib/app/preferences';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
const KEY = 'twc:theme';

function isTheme(value: unknown): value is Theme {
	return (THEMES as readonly unknown[]).includes(value);
}

/** Light, dark, or whatever the device prefers (the CSS follows `prefers-color-scheme`). */
class ThemeState {
	#current = $state<Theme>('system');

	get current(): Theme {
		return this.#current;
	}

	init(): void {
		const saved = preferences.get(KEY);
		if (isTheme(saved)) this.#current = saved;
	}

	set(theme: Theme): void {
		this.#current = theme;
		preferences.set(KEY, theme);
	}
}

export const theme = new ThemeState();
