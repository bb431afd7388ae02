import type { Locale } from '$lib/domain/shared/locale';
import { registerServiceWorker, type SwControl } from './register-sw';

/** Service worker news for the page: "offline ready", "update available", or "reload". */
class UpdateState {
	#apply = $state<(() => void) | undefined>();
	#offlineReady = $state(false);
	#stale = $state(false);
	#control: SwControl | undefined;
	/** The language the page reads, and the last one the worker was asked to keep. */
	#wanted: Locale | undefined;
	#kept: Locale | undefined;

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

	/** Registers the worker; it keeps the content text of `language`, the page's. */
	async start(language: Locale): Promise<() => void> {
		this.#kept = language;
		const control = await registerServiceWorker(
			{
				onUpdate: (apply) => (this.#apply = apply),
				onOfflineReady: () => (this.#offlineReady = true),
				onControllerChanged: () => {
					this.#apply = undefined;
					this.#stale = true;
				}
			},
			language
		);
		this.#control = control;
		if (this.#wanted && this.#wanted !== language) this.keepText(this.#wanted);
		return () => control.stop();
	}

	/**
	 * The language the person now reads: its text stays for offline use too (a person who
	 * switched language, then lost the connection, still opens their checklists).
	 */
	keepText(language: Locale): void {
		this.#wanted = language;
		if (!this.#control || language === this.#kept) return;
		this.#kept = language;
		void this.#control.keepText(language);
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
