import {
	expect,
	ROUTES,
	startServer,
	test,
	waitForApp,
	waitForServiceWorker,
	type StaticServer
} from './fixtures';

// These tests stop their own server, so each gets one.
let server: StaticServer;
test.beforeEach(async () => {
	server = await startServer();
});
test.afterEach(async () => {
	await server.stop();
});

test('after the first visit every page loads with the server stopped', async ({ page }) => {
	await page.goto(server.url + '/');
	await waitForApp(page);
	await waitForServiceWorker(page);
	await server.stop();

	for (const route of ROUTES) {
		const response = await page.goto(server.url + route);
		expect(response?.fromServiceWorker(), route).toBe(true);
		expect(response?.status(), route).toBe(200);
		await waitForApp(page);
		await expect(page.getByRole('heading', { level: 1 }), route).toBeVisible();
	}
	// A link with a query string is not a precached URL: the app shell answers it.
	const deep = await page.goto(server.url + '/checklist/owner?from=mail');
	expect(deep?.fromServiceWorker()).toBe(true);
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('経営者のチェックリスト');
});

test('answers can be given and are kept while the server is down', async ({ page }) => {
	await page.goto(server.url + '/checklist/employee');
	await waitForApp(page);
	await waitForServiceWorker(page);
	await server.stop();

	await page.reload();
	await waitForApp(page);
	const item = page.locator('article[data-item-id="screen-lock"]');
	await item.getByRole('radio', { name: '対応済み' }).check();
	await expect(page.getByTestId('save-screen-lock')).toHaveText('保存しました');
	await page.goto(server.url + '/');
	await page.goto(server.url + '/checklist/employee');
	await waitForApp(page);
	await expect(item.getByRole('radio', { name: '対応済み' })).toBeChecked();
});

test.describe('control: without the service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('the same reload fails, so the tests above do measure the worker', async ({ page }) => {
		await page.goto(server.url + '/');
		await waitForApp(page);
		await server.stop();
		await expect(page.reload()).rejects.toThrow(/ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED/);
	});
});
