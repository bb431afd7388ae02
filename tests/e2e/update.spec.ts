import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import type { Page } from '@playwright/test';
import { createStaticHandler, listen } from '../../scripts/static-server.js';
import {
	ROUTES,
	expect,
	expectNoViolationsInBoth,
	test,
	waitForApp,
	waitForServiceWorker,
	type StaticServer
} from './fixtures';
import { tabTo } from './keyboard-moves';
import { answer, statusRadio } from './steps';

// Under test-results/ (cleaned by npm test, ignored by git).
const TMP = 'test-results/update-builds';
const BUILDS = { a: `${TMP}/build-a`, sameAsA: `${TMP}/build-a2`, b: `${TMP}/build-b` };

function build(dir: string, version: string): void {
	const result = spawnSync('node_modules/.bin/vite', ['build'], {
		env: { ...process.env, APP_VERSION: version, TWC_BUILD_DIR: dir },
		encoding: 'utf8'
	});
	if (result.status !== 0)
		throw new Error(`build ${version} failed:\n${result.stdout}${result.stderr}`);
}

// One server whose files can be swapped, like a host that receives a new deployment.
let server: StaticServer;
let current: RequestListener;
let url: string;
const deploy = (dir: string) => (current = createStaticHandler(dir, { dev: true }));

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	build(BUILDS.a, 'e2e-a');
	build(BUILDS.sameAsA, 'e2e-a');
	build(BUILDS.b, 'e2e-b');
	deploy(BUILDS.a);
	server = await listen((req, res) => current(req, res));
	url = server.url;
});

test.afterAll(async () => {
	await server.stop();
});

test.beforeEach(() => deploy(BUILDS.a));

/** Asks the browser to look for a new service worker now, as it would on a later visit. */
async function checkForUpdate(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		await registration?.update();
	});
}

/**
 * Logs, in sessionStorage (it outlives a reload), the type of every message the page sends a
 * service worker. Asking the waiting version to take over (SKIP_WAITING) is the only way the
 * page reloads into it; the service worker never skips waiting on its own. Call before loading.
 */
async function logServiceWorkerMessages(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const post = ServiceWorker.prototype.postMessage;
		ServiceWorker.prototype.postMessage = function (this: ServiceWorker, ...args: unknown[]) {
			const log = JSON.parse(sessionStorage.getItem('sw-messages') ?? '[]') as unknown[];
			log.push((args[0] as { type?: unknown } | null)?.type ?? null);
			sessionStorage.setItem('sw-messages', JSON.stringify(log));
			return post.apply(this, args as Parameters<typeof post>);
		} as typeof post;
	});
}

/** What pages asked the worker, leaving out requests to keep a language's text offline. */
const serviceWorkerMessages = (page: Page) =>
	page.evaluate(() =>
		(JSON.parse(sessionStorage.getItem('sw-messages') ?? '[]') as unknown[]).filter(
			(type) => type !== 'KEEP_TEXT'
		)
	);

async function appVersion(page: Page): Promise<string | null> {
	await page.goto(url + '/settings');
	await waitForApp(page);
	return page.getByTestId('app-version').textContent();
}

test('a rebuild of unchanged code is byte-identical and prompts nobody', async ({ page }) => {
	for (const file of ['service-worker.js', 'index.html', 'checklist/employee.html']) {
		expect(readFileSync(`${BUILDS.sameAsA}/${file}`, 'utf8'), file).toBe(
			readFileSync(`${BUILDS.a}/${file}`, 'utf8')
		);
	}
	await page.goto(url + '/checklist/employee');
	await waitForApp(page);
	await waitForServiceWorker(page);
	deploy(BUILDS.sameAsA);
	await checkForUpdate(page);
	const pending = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		return Boolean(registration?.installing ?? registration?.waiting);
	});
	expect(pending).toBe(false);
	await expect(page.getByText('新しいバージョンがあります。')).toHaveCount(0);
});

test('a new version waits for the user, then reloads with answers intact (accepted with the keyboard)', async ({
	page
}) => {
	await logServiceWorkerMessages(page);
	// The page's time is the test's to move: "however long the user takes" below is an hour.
	await page.clock.install();
	expect(await appVersion(page)).toContain('e2e-a');
	await waitForServiceWorker(page);
	await page.goto(url + '/checklist/owner');
	await waitForApp(page);
	const done = statusRadio(page, 'telework-rules-written', 'done');
	await answer(page, 'telework-rules-written', 'done');
	// A marker that a reload would wipe out.
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

	deploy(BUILDS.b);
	await checkForUpdate(page);
	const banner = page.getByText('新しいバージョンがあります。');
	await expect(banner).toBeVisible();
	await expectNoViolationsInBoth(page, 'update banner');
	// Nothing reloads on its own, however long the user takes. The banner shows that the page has
	// met the waiting version; after an hour of the page's time (every timer due has fired) the
	// page has not asked it to take over, and it still waits.
	await page.clock.fastForward('01:00:00');
	expect(await serviceWorkerMessages(page)).toEqual([]);
	expect(
		await page.evaluate(
			async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state
		)
	).toBe('installed');
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
	await expect(done).toBeChecked();

	// With the keyboard: the banner sits in the flow, so no focus stop down the page is under it.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	// Tab lands on the checked radio of the item, so passing it changes nothing.
	await tabTo(page, done, 200);
	await tabTo(page, page.getByRole('button', { name: '更新して再読み込み' }), 400, 'Shift+Tab');
	const reloaded = page.waitForEvent('load');
	await page.keyboard.press('Enter');
	await reloaded;
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(
		undefined
	);
	// The log does see the request when the user makes it: its silence above was no blind spot.
	expect(await serviceWorkerMessages(page)).toEqual(['SKIP_WAITING']);
	expect(await appVersion(page)).toContain('e2e-b');
	await page.goto(url + '/checklist/owner');
	await waitForApp(page);
	await expect(done).toBeChecked();
	await expect(page.getByText('新しいバージョンがあります。')).toHaveCount(0);
});

test('another open tab is told to reload once the update is accepted', async ({ context }) => {
	const first = await context.newPage();
	await first.goto(url + '/');
	await waitForApp(first);
	await waitForServiceWorker(first);
	const second = await context.newPage();
	await second.goto(url + '/about');
	await waitForApp(second);

	deploy(BUILDS.b);
	await checkForUpdate(first);
	await expect(first.getByText('新しいバージョンがあります。')).toBeVisible();
	const reloaded = first.waitForEvent('load');
	await first.getByRole('button', { name: '更新して再読み込み' }).click();
	await reloaded;
	await expect(second.getByRole('button', { name: '再読み込み', exact: true })).toBeVisible();
});

test('while an update waits, the old version still opens every page offline', async ({
	page,
	context
}) => {
	await page.goto(url + '/');
	await waitForApp(page);
	await waitForServiceWorker(page);
	deploy(BUILDS.b);
	await checkForUpdate(page);
	await expect(page.getByText('新しいバージョンがあります。')).toBeVisible();

	await context.setOffline(true);
	try {
		for (const route of ROUTES) {
			await page.goto(url + route);
			await waitForApp(page);
		}
		expect(await appVersion(page)).toContain('e2e-a');
	} finally {
		await context.setOffline(false);
	}
});

test('a new version keeps the text chunks of every language used before', async ({ page }) => {
	await page.goto(url + '/');
	await waitForApp(page);
	await waitForServiceWorker(page);
	await page.goto(url + '/en/checklist/owner');
	await waitForApp(page, 'en');
	await expect(
		page.getByRole('heading', { name: 'Decide and approve a budget for telework security' })
	).toBeVisible();
	// Back in Japanese: only the old version's cache says English was used.
	await page.goto(url + '/');
	await waitForApp(page, 'ja');
	deploy(BUILDS.b);
	await checkForUpdate(page);
	await expect(page.getByText('新しいバージョンがあります。')).toBeVisible();

	const kept = await page.evaluate(async () => {
		const name = (await caches.keys()).find((key) => key.includes('e2e-b'));
		const keys = await (await caches.open(name!)).keys();
		return keys.flatMap((request) => /\/(text-(?:ja|en)\.[^/]+\.js)$/.exec(request.url)?.[1] ?? []);
	});
	// Every text chunk of both languages (the content's and the pages' large texts).
	const built = readdirSync(`${BUILDS.b}/_app/immutable/chunks`).filter((file) =>
		/^text-(ja|en)\.[^/]+\.js$/.test(file)
	);
	expect(built.filter((file) => file.startsWith('text-en.')).length).toBeGreaterThan(0);
	expect(built.filter((file) => file.startsWith('text-ja.')).length).toBeGreaterThan(0);
	expect(kept.sort()).toEqual(built.sort());
});
