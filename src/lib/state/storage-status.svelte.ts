import { onConnectionEvent, type ConnectionEvent } from '$lib/storage/connection';

/** The latest thing that happened to the database connection, for a banner. */
class StorageStatus {
	#event = $state<ConnectionEvent | 'unavailable' | undefined>();

	get current() {
		return this.#event;
	}

	/** Starts listening; returns the function that stops. */
	watch(): () => void {
		return onConnectionEvent((event) => {
			this.#event = event;
		});
	}

	markUnavailable(): void {
		this.#event = 'unavailable';
	}

	clear(): void {
		this.#event = undefined;
	}
}

export const storageStatus = new StorageStatus();
