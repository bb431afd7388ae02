/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import { textChunkLanguage } from '$lib/domain/content/by-language';
import { isEncryptionChunk } from '$lib/pwa/encryption-chunk';
import { isLocale, type Locale } from '$lib/domain/shared/locale';
import { localeFromPath } from '$lib/domain/shared/locale-path';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `twc-${version}`;
// adapter-static's SPA fallback is not in `prerendered`: it serves deep links offline.
const FALLBACK = `${base}/200.html`;
// Host configuration files are for the static host, not for the browser.
const HOST_ONLY = new Set([`${base}/_headers`, `${base}/_redirects`]);
// The JSON schemas are for people who build tools, not for the app; the icons only the manifest
// names are for the browser, which fetches them when it installs the app (online).
const SCHEMAS = `${base}/schemas/`;
const MANIFEST_ONLY = new Set(
	['icon-512', 'maskable-192', 'maskable-512'].map((icon) => `${base}/icons/${icon}.png`)
);
const isApp = (path: string) =>
	!HOST_ONLY.has(path) && !MANIFEST_ONLY.has(path) && !path.startsWith(SCHEMAS);
// The content's text and the large page texts (help, the meeting check, the reports) come per
// language (src/lib/content-in-parts.ts, src/lib/i18n/language-catalog.svelte.ts): the worker
// keeps the languages people use, not every one.
const TEXTS = build.filter((path) => textChunkLanguage(path));
// The age library, in the pages' build and the admin worker's: kept once an organisation that
// encrypts its summaries uses it, and from then on in every version.
const ENCRYPTION = build.filter(isEncryptionChunk);
/** What the worker keeps once it is used, not at install for everyone. */
const keptOnUse = (path: string) => TEXTS.includes(path) || isEncryptionChunk(path);
// The prerendered pages are kept as people open them: until then, the app shell renders any page
// offline from the precached code, so the worker need not hold every page in both languages.
const PAGES = new Set(prerendered);
const ASSETS = [...build, ...files, FALLBACK].filter((path) => isApp(path) && !keptOnUse(path));
const PRECACHED = new Set(ASSETS);

/** The paths an earlier version of this worker keeps. */
async function keptBefore(): Promise<string[]> {
	const paths: string[] = [];
	for (const key of await caches.keys()) {
		if (key === CACHE) continue;
		const requests = await (await caches.open(key)).keys();
		paths.push(...requests.map((request) => new URL(request.url).pathname));
	}
	return paths;
}

/**
 * Fills this version's cache: the app; the text of the languages in use (those of the open
 * pages, on a first install the page that registered this worker, and those an earlier version
 * kept), so the checklist opens offline right after install; and the age library if an earlier
 * version kept it. Does not skip waiting: the page asks for that when the user agrees.
 */
async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	const pages = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const before = await keptBefore();
	const languages = new Set([
		...pages.map((page) => localeFromPath(new URL(page.url).pathname)),
		...before.flatMap((path) => textChunkLanguage(path) ?? [])
	]);
	const texts = TEXTS.filter((path) => languages.has(textChunkLanguage(path) as Locale));
	const keepsEncryption = before.some(isEncryptionChunk);
	await cache.addAll([...ASSETS, ...texts, ...(keepsEncryption ? ENCRYPTION : [])]);
	const chunks = await workerChunks(cache);
	await cache.addAll(chunks.filter((path) => keepsEncryption || !isEncryptionChunk(path)));
}

const WORKERS = `${base}/_app/immutable/workers/`;
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'`](\.\.?\/[^"'`]+\.js)["'`]/g;

/**
 * The admin worker's chunks (the migrations, the age library). SvelteKit's `build` names a
 * worker's entry file only: the chunks are found where its code imports them, at once or later.
 */
async function workerChunks(cache: Cache): Promise<string[]> {
	const found = new Set<string>();
	const queue = ASSETS.filter((path) => path.startsWith(WORKERS));
	for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
		const code = await ((await cache.match(path)) ?? (await fetch(path))).text();
		for (const [, specifier] of code.matchAll(RELATIVE_IMPORT)) {
			const chunk = new URL(specifier!, new URL(path, sw.location.href)).pathname;
			if (found.has(chunk) || PRECACHED.has(chunk)) continue;
			found.add(chunk);
			queue.push(chunk);
		}
	}
	return [...found];
}

/**
 * Texts a page asked to keep (below). Not every engine lists the page that registers the
 * worker during install (WebKitGTK does not), so the page names its language itself.
 */
const keeping: Promise<void>[] = [];

/** Keeps a language's text in this version's cache, if it is not there yet. */
async function keepText(language: Locale): Promise<void> {
	const cache = await caches.open(CACHE);
	const paths = TEXTS.filter((path) => textChunkLanguage(path) === language);
	const kept = await Promise.all(paths.map((path) => cache.match(path)));
	await cache.addAll(paths.filter((_, i) => !kept[i]));
}

/**
 * Removes the caches of earlier versions, then takes control of open pages, once the texts
 * asked for are kept: a page this worker controls opens the checklist offline.
 */
async function cleanUp(): Promise<void> {
	for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
	await Promise.allSettled(keeping);
	await sw.clients.claim();
}

/** From this version's cache; the network only for what the build did not contain. */
async function cacheFirst(path: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(path)) ?? fetch(request);
}

/**
 * A language's text, the age library or a page: from the cache, or from the network and then
 * kept for offline use.
 */
async function keptOnFirstUse(path: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const kept = await cache.match(path);
	if (kept) return kept;
	const response = await fetch(request);
	if (response.ok) await cache.put(path, response.clone());
	return response;
}

/**
 * A prerendered page: kept from an earlier visit, else from the network and then kept; offline,
 * the app shell, which renders the same page from the precached code.
 */
function pageOrShell(path: string, request: Request): Promise<Response> {
	return keptOnFirstUse(path, request).catch(() => cacheFirst(FALLBACK, request));
}

sw.addEventListener('install', (event) => event.waitUntil(precache()));
sw.addEventListener('activate', (event) => event.waitUntil(cleanUp()));

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: unknown; language?: unknown } | null;
	if (data?.type === 'SKIP_WAITING') void sw.skipWaiting();
	if (data?.type === 'KEEP_TEXT' && isLocale(data.language)) {
		const kept = keepText(data.language);
		keeping.push(kept);
		// The reply tells the page whether its language now works offline.
		event.waitUntil(
			kept.then(
				() => event.ports[0]?.postMessage(true),
				() => event.ports[0]?.postMessage(false)
			)
		);
	}
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (keptOnUse(url.pathname)) {
		event.respondWith(keptOnFirstUse(url.pathname, request));
	} else if (PRECACHED.has(url.pathname) || url.pathname.startsWith(WORKERS)) {
		event.respondWith(cacheFirst(url.pathname, request));
	} else if (PAGES.has(url.pathname) && request.mode === 'navigate') {
		event.respondWith(pageOrShell(url.pathname, request));
	} else if (request.mode === 'navigate') {
		// Any other page: the app shell, so deep links work offline.
		event.respondWith(cacheFirst(FALLBACK, request));
	}
});
