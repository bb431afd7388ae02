/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `twc-${version}`;
// adapter-static's SPA fallback is not in `prerendered`: it serves deep links offline.
const FALLBACK = `${base}/200.html`;
// Host configuration files are for the static host, not for the browser.
const HOST_ONLY = new Set([`${base}/_headers`, `${base}/_redirects`]);
const ASSETS = [...build, ...files.filter((f) => !HOST_ONLY.has(f)), ...prerendered, FALLBACK];
const PRECACHED = new Set(ASSETS);

/** Fills this version's cache. Does not skip waiting: the page asks for that when the user agrees. */
async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	await cache.addAll(ASSETS);
}

/** Removes the caches of earlier versions, then takes control of open pages. */
async function cleanUp(): Promise<void> {
	for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
	await sw.clients.claim();
}

/** From this version's cache; the network only for what the build did not contain. */
async function cacheFirst(path: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(path)) ?? fetch(request);
}

sw.addEventListener('install', (event) => event.waitUntil(precache()));
sw.addEventListener('activate', (event) => event.waitUntil(cleanUp()));

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (PRECACHED.has(url.pathname)) {
		event.respondWith(cacheFirst(url.pathname, request));
	} else if (request.mode === 'navigate') {
		// Any other page: the app shell, so deep links work offline.
		event.respondWith(cacheFirst(FALLBACK, request));
	}
});
