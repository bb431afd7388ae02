/** What browsers report as an error although nothing failed (a layout pass that was put off). */
const BENIGN_MESSAGES = [/ResizeObserver loop/];
/** A browser extension's script (chrome-extension://, moz-extension://, safari-web-extension://…). */
const EXTENSION_URL = /^[a-z-]+-extension:/i;

function sameOrigin(url: string, origin: string): boolean {
	try {
		return new URL(url, origin).origin === origin;
	} catch {
		return false;
	}
}

/**
 * Whether an uncaught error (a window `error` event) is the app's own failure. Not: benign
 * browser notices, scripts from another origin or an extension, and errors the browser hides
 * as "Script error." because they came from elsewhere (no file, no error object).
 */
export function isAppError(
	event: { message: string; filename: string; error: unknown },
	origin: string
): boolean {
	if (BENIGN_MESSAGES.some((pattern) => pattern.test(event.message))) return false;
	if (!event.filename) return event.error != null;
	return sameOrigin(event.filename, origin);
}

/** Whether an unhandled rejection is the app's own: anything not raised in an extension's code. */
export function isAppRejection(reason: unknown): boolean {
	const stack = reason instanceof Error ? (reason.stack ?? '') : '';
	// The first script address in the stack is where it was raised.
	const raisedIn = /\b[a-z][a-z-]*:\/\/[^\s)]+/i.exec(stack)?.[0] ?? '';
	return !EXTENSION_URL.test(raisedIn);
}

/**
 * The last resort for errors no code caught: a calm banner that says answers marked "Saved"
 * are safe and offers a reload and a backup. Never the error's text (the console has it).
 */
class UnexpectedError {
	#shown = $state(false);
	#dismissed = false;

	get shown(): boolean {
		return this.#shown;
	}

	/** Once: further errors do not stack banners, and a closed banner stays closed. */
	show(): void {
		if (!this.#dismissed) this.#shown = true;
	}

	dismiss(): void {
		this.#shown = false;
		this.#dismissed = true;
	}

	/** Listens for uncaught errors and unhandled rejections; returns the clean-up. */
	watch(): () => void {
		// The browser logs both to the console already; the banner only tells the person.
		const onError = (event: ErrorEvent) => {
			if (isAppError(event, location.origin)) this.show();
		};
		const onRejection = (event: PromiseRejectionEvent) => {
			if (isAppRejection(event.reason)) this.show();
		};
		window.addEventListener('error', onError);
		window.addEventListener('unhandledrejection', onRejection);
		return () => {
			window.removeEventListener('error', onError);
			window.removeEventListener('unhandledrejection', onRejection);
		};
	}
}

export const unexpectedError = new UnexpectedError();
