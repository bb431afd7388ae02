/** UI preferences in localStorage: read synchronously at start-up; absent in private modes. */
export const preferences = {
	get(key: string): string | null {
		try {
			return localStorage.getItem(key);
		} catch {
			return null; // storage disabled: fall back to defaults
		}
	},
	set(key: string, value: string): void {
		try {
			localStorage.setItem(key, value);
		} catch {
			// storage disabled: the choice lasts for this visit only
		}
	},
	/**
	 * Forgets every preference. Web storage belongs to the app's origin, so all of it is the
	 * app's: clearing it all also removes keys an older version may have left behind.
	 */
	forgetAll(): void {
		try {
			localStorage.clear();
			sessionStorage.clear();
		} catch {
			// storage disabled: there is nothing to forget
		}
	}
};
