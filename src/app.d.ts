// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** Arrived from the set-up: the checklist opens at the first item to answer. */
			startChecking?: boolean;
		}
		// interface Platform {}
	}
}

export {};
