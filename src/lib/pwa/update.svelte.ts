import { registerServiceWorker } from './register-sw';

/** Service worker news for the page: "offline ready", "update available", or "reload". */
class UpdateState {
	#apply = $state<(() => void) | undefined>();
	#offlineReady = $state(false);
	#stale = $state(false);

	get available(): boolean {
		return this.#apply !== undefined;
	}
	get offlineReady(): boolean {
		return this.#offlineReady;
	}
	/** Another tab took the new version: this one must reload to match it. */
	get stale(): boolean {
		return this.#stale;
	}

	start(): Promise<() => void> {
		return registerServiceWorker({
			onUpdate: (apply) => (this.#apply = apply),
			onOfflineReady: () => (this.#offlineReady = true),
			onControllerChanged: () => {
				this.#apply = undefined;
				this.#stale = true;
			}
		});
	}

	/** Only ever called from the user's click. Lets pending saves finish before the reload. */
	async accept(): Promise<void> {
		const apply = this.#apply;
		if (!apply) return;
		// Lazy, like all storage code on pages that may not need it.
		const { writesSettled } = await import('$lib/storage/answers');
		await writesSettled();
		apply();
	}

	/** Hides the prompt for this visit; the waiting version activates when all tabs close. */
	dismiss(): void {
		this.#apply = undefined;
	}
}

export const update = new UpdateState();
