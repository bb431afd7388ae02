import type { ConnectionEvent } from '$lib/storage/connection';

/** The latest thing that happened to the database connection, for a banner. */
class StorageStatus {
	#event = $state<ConnectionEvent | 'unavailable' | undefined>();

	get current() {
		return this.#event;
	}

	/** Starts listening; returns the function that stops. */
	async watch(): Promise<() => void> {
		// Lazy: pages that never touch storage (the home page) need not load it, nor zod.
		const { onConnectionEvent } = await import('$lib/storage/connection');
		return onConnectionEvent((event) => {
			this.#event = event;
		});
	}

	markUnavailable(): void {
		this.#event = 'unavailable';
	}
}

export const storageStatus = new StorageStatus();
