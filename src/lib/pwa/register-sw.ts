import { dev } from '$app/environment';
import type { Locale } from '$lib/domain/shared/locale';

export interface SwHooks {
	/** A new version is installed and waiting; `apply` activates it and reloads. */
	onUpdate(apply: () => void): void;
	/** The first install finished: the app now works offline. */
	onOfflineReady(): void;
	/** Another tab activated a new version: this page runs old code and should reload. */
	onControllerChanged(): void;
}

export interface SwControl {
	/** Asks the worker to keep a language's text for offline use; true once it is kept. */
	keepText(language: Locale): Promise<boolean>;
	stop(): void;
}

/**
 * Registers the service worker with workbox-window; never activates an update on its own. The
 * worker keeps the content text of `language` for offline use.
 */
export async function registerServiceWorker(hooks: SwHooks, language: Locale): Promise<SwControl> {
	if (!('serviceWorker' in navigator)) return { keepText: async () => false, stop: () => {} };
	// Lazy: workbox-window ships no `exports` map and breaks SSR in dev when imported statically.
	const { Workbox } = await import('workbox-window');
	const wb = new Workbox('/service-worker.js', { type: dev ? 'module' : 'classic' });
	let accepted = false;
	let textKept: Promise<unknown> = Promise.resolve();
	wb.addEventListener('waiting', () =>
		hooks.onUpdate(() => {
			accepted = true;
			wb.addEventListener('controlling', () => window.location.reload());
			wb.messageSkipWaiting();
		})
	);
	wb.addEventListener('installed', (event) => {
		if (!event.isUpdate) void textKept.then(() => hooks.onOfflineReady());
	});
	wb.addEventListener('controlling', (event) => {
		if (event.isUpdate && !accepted) hooks.onControllerChanged();
	});
	const registration = await wb.register();
	const keepText = (language: Locale) =>
		wb.messageSW({ type: 'KEEP_TEXT', language }).then(
			(kept) => kept === true,
			() => false
		);
	// "Ready to work offline" waits for the text of this page's language: checklists need it.
	textKept = keepText(language);
	// Client-side navigations do not check for a new worker; do it when the tab comes back.
	const check = () => {
		if (document.visibilityState === 'visible') void registration?.update().catch(() => {});
	};
	document.addEventListener('visibilitychange', check);
	return { keepText, stop: () => document.removeEventListener('visibilitychange', check) };
}
