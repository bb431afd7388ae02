import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { BUILD_DIR, startServer, type StaticServer } from '../helpers/static-server';

export { BUILD_DIR, expect, startServer, type StaticServer };

/** Every prerendered page of the app, at its Japanese address (`inLanguage` gives the English). */
export const ROUTES = [
	'/',
	'/setup',
	'/checklist/employee',
	'/checklist/admin',
	'/checklist/owner',
	'/settings',
	'/about',
	'/meeting-check',
	'/org',
	'/org/edit',
	'/meeting-apps',
	'/admin',
	'/summary',
	'/summaries',
	'/dashboard',
	'/readiness',
	'/help'
] as const;

/** `route`'s address in `lang`: English pages live under `/en` (spelled out here, not the app's code). */
export function inLanguage(route: string, lang: 'ja' | 'en'): string {
	if (lang === 'ja') return route;
	return route === '/' ? '/en' : `/en${route}`;
}

/** Waits until the page's scripts have started (the layout sets `<html lang>` on mount). */
export async function waitForApp(page: Page, lang?: 'ja' | 'en'): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	if (lang) await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Waits until a service worker controls the page (its precache is complete by then). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active !== null && navigator.serviceWorker.controller !== null;
	});
}

/** The paths in the service worker's one cache, and the names of any other caches. */
export const cachedPaths = (page: Page) =>
	page.evaluate(async () => {
		const [name, ...others] = await caches.keys();
		const keys = await (await caches.open(name!)).keys();
		return { others, paths: keys.map((r) => new URL(r.url).pathname).sort() };
	});

/**
 * Makes IndexedDB writes fail the way a full disk does (QuotaExceededError) while
 * `setWritesFail(page, true)` is in force. Call before the page loads.
 */
export async function installWriteFailureSwitch(page: Page, failing = false): Promise<void> {
	await page.addInitScript((initial) => {
		const w = window as unknown as { failWrites: boolean };
		w.failWrites = initial;
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if (w.failWrites)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	}, failing);
}

export async function setWritesFail(page: Page, failing: boolean): Promise<void> {
	await page.evaluate(
		(value) => ((window as unknown as { failWrites: boolean }).failWrites = value),
		failing
	);
}

/** Opens the app's database as it is, without upgrading it, and runs one read on `store`. */
/** The keys tests use: a string, or an array of strings for a compound key. */
type StoreKey = string | string[];

function readStore(page: Page, store: string, key?: StoreKey): Promise<unknown> {
	return page.evaluate(
		({ store, key }) =>
			new Promise((resolve, reject) => {
				const request = indexedDB.open('telework-check');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const objects = request.result.transaction(store).objectStore(store);
					const read = key === undefined ? objects.count() : objects.get(key);
					read.onsuccess = () => (request.result.close(), resolve(read.result));
					read.onerror = () => reject(read.error);
				};
			}),
		{ store, key }
	);
}

/** The record stored under `key`, read straight from IndexedDB. */
export const storedRecord = (page: Page, store: string, key: StoreKey) =>
	readStore(page, store, key);

/** How many records `store` holds, read straight from IndexedDB. */
export const storedCount = async (page: Page, store: string) =>
	Number(await readStore(page, store));

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core finds no WCAG 2.0–2.2 A/AA violation on the page as it is now. */
export async function expectNoViolations(page: Page, label: string): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
	const summary = violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, label).toEqual([]);
}

/** axe on the page as it is, in Japanese and then in English; the page is left in Japanese. */
export async function expectNoViolationsInBoth(page: Page, state: string): Promise<void> {
	await expectNoViolations(page, `${state} (ja)`);
	await page.getByRole('button', { name: 'Switch to English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectNoViolations(page, `${state} (en)`);
	await page.getByRole('button', { name: '日本語に切り替える' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
}

/**
 * `server`: one per worker, for tests that do not stop it; baseURL points at it.
 * `ownServer`: one per test, for tests that stop it to prove the app works offline.
 */
export const test = base.extend<{ ownServer: StaticServer }, { server: StaticServer }>({
	server: [
		// Playwright reads the fixture's dependencies from this (empty) pattern.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const server = await startServer();
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' }
	],
	baseURL: async ({ server }, use) => use(server.url),
	// eslint-disable-next-line no-empty-pattern
	ownServer: async ({}, use) => {
		const server = await startServer();
		await use(server);
		await server.stop();
	},
	locale: 'ja-JP'
});
