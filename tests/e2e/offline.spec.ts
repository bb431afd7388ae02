import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { join, relative, sep } from 'node:path';
import {
	BUILD_DIR,
	expect,
	inLanguage,
	ROUTES,
	test,
	waitForApp,
	waitForServiceWorker,
	type StaticServer
} from './fixtures';
import { answer, statusRadio } from './steps';

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
	await page.goto(server.url + '/');
	await waitForApp(page);
	await waitForServiceWorker(page);
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
		await page.goto(server.url + '/');
		await expect(page).toHaveURL(/\/en$/);
		await waitForApp(page, 'en');
		await waitForServiceWorker(page);
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

/** What the worker must hold: every built file at the URL it is served from (pages without .html). */
function expectedPrecache(): string[] {
	const notPrecached = /\.(gz|br)$|^(_headers|service-worker\.js|_app\/version\.json)$/;
	const urlOf = (file: string) =>
		file === 'index.html'
			? '/'
			: file === '200.html'
				? '/200.html'
				: `/${file.replace(/\.html$/, '')}`;
	return readdirSync(BUILD_DIR, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(BUILD_DIR, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((file) => !notPrecached.test(file))
		.map(urlOf)
		.sort();
}

test('the precache holds the whole build, every page and the fallback', async ({
	page,
	ownServer: server
}) => {
	await page.goto(server.url + '/');
	await waitForApp(page);
	await waitForServiceWorker(page);
	const cached = await page.evaluate(async () => {
		const [name, ...others] = await caches.keys();
		const keys = await (await caches.open(name!)).keys();
		return { others, paths: keys.map((r) => new URL(r.url).pathname).sort() };
	});
	expect(cached.others).toEqual([]);
	expect(cached.paths).toEqual(expectedPrecache());
	for (const route of ROUTES) {
		expect(cached.paths).toContain(route);
		expect(cached.paths).toContain(inLanguage(route, 'en'));
	}
	expect(cached.paths).toContain('/200.html');
	expect(cached.paths).not.toContain('/_headers');
});

test('answers can be given and are kept while the server is down', async ({
	page,
	ownServer: server
}) => {
	await page.goto(server.url + '/checklist/owner');
	await waitForApp(page);
	await waitForServiceWorker(page);
	await server.stop();

	await page.reload();
	await waitForApp(page);
	await answer(page, 'security-budget-approved', 'done');
	await page.goto(server.url + '/');
	await page.goto(server.url + '/checklist/owner');
	await waitForApp(page);
	await expect(statusRadio(page, 'security-budget-approved', 'done')).toBeChecked();
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
