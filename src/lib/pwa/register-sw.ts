import { dev } from '$app/environment';

export interface SwHooks {
	/** A new version is installed and waiting; `apply` activates it and reloads. */
	onUpdate(apply: () => void): void;
	/** The first install finished: the app now works offline. */
	onOfflineReady(): void;
	/** Another tab activated a new version: this page runs old code and should reload. */
	onControllerChanged(): void;
}

/** Registers the service worker with workbox-window; never activates an update on its own. */
export async function registerServiceWorker(hooks: SwHooks): Promise<() => void> {
	if (!('serviceWorker' in navigator)) return () => {};
	// Lazy: workbox-window ships no `exports` map and breaks SSR in dev when imported statically.
	const { Workbox } = await import('workbox-window');
	const wb = new Workbox('/service-worker.js', { type: dev ? 'module' : 'classic' });
	let accepted = false;
	wb.addEventListener('waiting', () =>
		hooks.onUpdate(() => {
			accepted = true;
			wb.addEventListener('controlling', () => window.location.reload());
			wb.messageSkipWaiting();
		})
	);
	wb.addEventListener('installed', (event) => {
		if (!event.isUpdate) hooks.onOfflineReady();
	});
	wb.addEventListener('controlling', (event) => {
		if (event.isUpdate && !accepted) hooks.onControllerChanged();
	});
	const registration = await wb.register();
	// Client-side navigations do not check for a new worker; do it when the tab comes back.
	const check = () => {
		if (document.visibilityState === 'visible') void registration?.update().catch(() => {});
	};
	document.addEventListener('visibilitychange', check);
	return () => document.removeEventListener('visibilitychange', check);
}
