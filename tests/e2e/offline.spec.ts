import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { join, relative, sep } from 'node:path';
import {
	BUILD_DIR,
	cachedPaths,
	expect,
	inLanguage,
	ROUTES,
	test,
	waitForApp,
	waitForServiceWorker,
	type StaticServer
} from './fixtures';
import { answer, statusRadio } from './steps';

/** Opens `path` and waits until the service worker it installs controls the page. */
async function installFrom(
	page: Page,
	server: StaticServer,
	path: string,
	lang: 'ja' | 'en' = 'ja'
): Promise<void> {
	await page.goto(server.url + path);
	await waitForApp(page, lang);
	await waitForServiceWorker(page);
}

/** Every page, at its address in `lang`, comes from the service worker with a heading. */
async function expectEveryPageOffline(
	page: Page,
	server: StaticServer,
	lang: 'ja' | 'en'
): Promise<void> {
	for (const route of ROUTES) {
		const address = inLanguage(route, lang);
		const response = await page.goto(server.url + address);
		expect(response?.fromServiceWorker(), address).toBe(true);
		expect(response?.status(), address).toBe(200);
		await waitForApp(page, lang);
		await expect(page.getByRole('heading', { level: 1 }), address).toBeVisible();
	}
}

test('after the first visit every page loads with the server stopped', async ({
	page,
	ownServer: server
}) => {
	await installFrom(page, server, '/');
	await server.stop();

	await expectEveryPageOffline(page, server, 'ja');
	// A link with a query string is not a precached URL: the app shell answers it.
	const deep = await page.goto(server.url + '/checklist/owner?from=mail');
	expect(deep?.fromServiceWorker()).toBe(true);
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('経営者のチェックリスト');
});

test.describe('in English', () => {
	test.use({ locale: 'en-US' });

	test('every English page loads with the server stopped, and Japanese addresses lead there', async ({
		page,
		ownServer: server
	}) => {
		await installFrom(page, server, '/', 'en');
		await expect(page).toHaveURL(/\/en$/);
		await server.stop();

		await expectEveryPageOffline(page, server, 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('When something goes wrong');
		// An English reader's old link to a Japanese address: the English page, offline too.
		await page.goto(server.url + '/checklist/owner?from=mail');
		await expect(page).toHaveURL(/\/en\/checklist\/owner\?from=mail$/);
		await waitForApp(page, 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist: Business owner');
		// An address the build does not have: the app shell answers, in English.
		await page.goto(server.url + '/en/no-such-page');
		await waitForApp(page, 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
	});
});

/**
 * What the worker must hold: every built file at the URL it is served from, but for the pages
 * (kept when opened; the fallback renders them meanwhile), the JSON schemas, the icons only the
 * manifest names and the content text of languages not in use (`text-en.….js`).
 */
function expectedPrecache(languages: 'ja' | 'en'): string[] {
	const other = languages === 'ja' ? 'en' : 'ja';
	const notPrecached = new RegExp(
		`\\.(gz|br)$|^(_headers|service-worker\\.js|_app/version\\.json)$|^schemas/|^icons/(icon-512|maskable-\\d+)\\.png$|/text-${other}\\.[^/]+\\.js$|/encryption\\.[^/]+\\.js$|^(?!200\\.html$).*\\.html$`
	);
	return readdirSync(BUILD_DIR, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(BUILD_DIR, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((file) => !notPrecached.test(file))
		.map((file) => `/${file}`)
		.sort();
}

test('the precache holds the whole build but the pages, and the fallback', async ({
	page,
	ownServer: server
}) => {
	await installFrom(page, server, '/');
	const cached = await cachedPaths(page);
	expect(cached.others).toEqual([]);
	expect(cached.paths).toEqual(expectedPrecache('ja'));
	// Positive controls: the build has the schemas, both texts and the pages the worker leaves out.
	expect(expectedPrecache('en').some((path) => /\/text-en\./.test(path))).toBe(true);
	// The age library (pages and admin worker) is in the build, kept only once used.
	const encryption = readdirSync(join(BUILD_DIR, '_app/immutable'), { recursive: true })
		.map(String)
		.filter((file) => /(^|\/)encryption\.[^/]+\.js$/.test(file));
	expect(encryption).toHaveLength(2);
	expect(cached.paths.filter((path) => path.includes('/encryption.'))).toEqual([]);
	expect(readdirSync(join(BUILD_DIR, 'schemas')).length).toBeGreaterThan(0);
	expect(readdirSync(BUILD_DIR)).toContain('about.html');
	for (const route of ROUTES) expect(cached.paths).not.toContain(route);
	expect(cached.paths).toContain('/200.html');
	expect(cached.paths).not.toContain('/_headers');
});

test('a page opened online is kept, and offline it comes back as prerendered', async ({
	page,
	ownServer: server
}) => {
	await installFrom(page, server, '/');
	await page.goto(server.url + '/about');
	await waitForApp(page);
	await expect.poll(async () => (await cachedPaths(page)).paths).toContain('/about');
	await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
	await server.stop();

	const kept = await page.goto(server.url + '/about');
	expect(kept?.fromServiceWorker()).toBe(true);
	// The page's own HTML, heading and all, before any script runs.
	expect(await kept?.text()).toContain('<h1>このアプリについて</h1>');
	// A page not opened yet: the app shell, which renders it once its scripts run.
	const shell = await page.goto(server.url + '/help');
	expect(shell?.fromServiceWorker()).toBe(true);
	expect(await shell?.text()).not.toContain('困ったとき</h1>');
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('困ったとき');
});

test('answers can be given and are kept while the server is down', async ({
	page,
	ownServer: server
}) => {
	await installFrom(page, server, '/checklist/owner');
	await server.stop();

	await page.reload();
	await waitForApp(page);
	await answer(page, 'security-budget-approved', 'done');
	await page.goto(server.url + '/');
	await page.goto(server.url + '/checklist/owner');
	await waitForApp(page);
	await expect(statusRadio(page, 'security-budget-approved', 'done')).toBeChecked();
});

// The content's text comes per language: the worker keeps the text of the page that installed
// it, and any text a page loads. An item's title shows that its text loaded.
const BUDGET = {
	ja: 'テレワークのセキュリティにかける予算を決めて承認する',
	en: 'Decide and approve a budget for telework security'
};

/** Whether the worker's cache holds the content text of `lang`. */
const textKept = (page: Page, lang: 'ja' | 'en') =>
	page.evaluate(async (wanted) => {
		const keys = await (await caches.open((await caches.keys())[0]!)).keys();
		return keys.some((request) => new RegExp(`/text-${wanted}\\.[^/]+\\.js$`).test(request.url));
	}, lang);

test('installed from the home page in Japanese, the checklist opens offline', async ({
	page,
	ownServer: server
}) => {
	await installFrom(page, server, '/');
	await server.stop();

	await page.goto(server.url + '/checklist/owner');
	await waitForApp(page, 'ja');
	await expect(page.getByRole('heading', { name: BUDGET.ja })).toBeVisible();
});

test('English text loaded once online stays for offline use', async ({
	page,
	ownServer: server
}) => {
	await installFrom(page, server, '/');
	const kept = () => textKept(page, 'en');
	expect(await kept()).toBe(false);
	await page.goto(server.url + '/en/checklist/owner');
	await expect(page.getByRole('heading', { name: BUDGET.en })).toBeVisible();
	await expect.poll(kept).toBe(true);
	// Offline, only the worker can answer: not the browser's own cache.
	await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
	await server.stop();

	await page.goto(server.url + '/');
	await page.goto(server.url + '/en/checklist/owner');
	await waitForApp(page, 'en');
	await expect(page.getByRole('heading', { name: BUDGET.en })).toBeVisible();
	// Switching back keeps the page and shows the Japanese text, stored at install.
	await page.getByRole('button', { name: '日本語に切り替える' }).click();
	await expect(page.getByRole('heading', { name: BUDGET.ja })).toBeVisible();
});

test.describe('installed in English', () => {
	test.use({ locale: 'en-US' });

	test('the checklist opens offline in English', async ({ page, ownServer: server }) => {
		await installFrom(page, server, '/', 'en');
		await expect(page).toHaveURL(/\/en$/);
		await server.stop();

		await page.goto(server.url + '/en/checklist/owner');
		await waitForApp(page, 'en');
		await expect(page.getByRole('heading', { name: BUDGET.en })).toBeVisible();
	});

	test('switched to Japanese on the home page, the Japanese checklist opens offline', async ({
		page,
		ownServer: server
	}) => {
		await installFrom(page, server, '/', 'en');
		await page.getByRole('button', { name: '日本語に切り替える' }).click();
		await waitForApp(page, 'ja');
		// The home page shows no checklist text: the worker keeps it because the page asked.
		await expect.poll(() => textKept(page, 'ja')).toBe(true);
		await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
		await server.stop();

		await page.goto(server.url + '/checklist/owner');
		await waitForApp(page, 'ja');
		await expect(page.getByRole('heading', { name: BUDGET.ja })).toBeVisible();
	});
});

test.describe('control: without the service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('the same reload fails, so the tests above do measure the worker', async ({
		page,
		ownServer: server
	}) => {
		await page.goto(server.url + '/');
		await waitForApp(page);
		await server.stop();
		await expect(page.reload()).rejects.toThrow(/ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED/);
	});
});
