import { expect, test, waitForApp, waitForServiceWorker } from './fixtures';

test('Chromium reports no installability error', async ({ page }) => {
	await page.goto('/');
	await waitForApp(page);
	await waitForServiceWorker(page);
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
		installabilityErrors: { errorId: string }[];
	};
	// Playwright contexts are incognito-like; that one "error" says nothing about the app.
	const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
	expect(errors).toEqual([]);
});

test('the manifest names the app in both languages and its icons exist', async ({ request }) => {
	const response = await request.get('/manifest.webmanifest');
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		display: 'standalone',
		start_url: '/',
		name: expect.stringMatching(/テレワーク点検.*Telework Check|Telework Check.*テレワーク点検/),
		theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i)
	});
	const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
	for (const [size, purpose] of [
		['192x192', 'any'],
		['512x512', 'any'],
		['512x512', 'maskable']
	]) {
		const icon = icons.find((i) => i.sizes === size && (i.purpose ?? 'any') === purpose);
		expect(icon, `${size} ${purpose}`).toBeDefined();
		const file = await request.get(icon!.src);
		expect(file.headers()['content-type'], icon!.src).toBe('image/png');
	}
});

test('an Install button appears when the browser offers installation', async ({ page }) => {
	await page.goto('/');
	await waitForApp(page);
	const button = page.getByRole('button', { name: 'アプリとしてインストール' });
	await expect(button).toHaveCount(0);
	// Headless Chromium never offers installation itself, so hand the page the event it would get.
	await page.evaluate(() => {
		const event = new Event('beforeinstallprompt', { cancelable: true });
		Object.assign(event, {
			prompt: async () => {
				(window as unknown as { prompted: boolean }).prompted = true;
			},
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(event);
	});
	await expect(button).toBeVisible();
	await button.click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted))
		.toBe(true);
	await expect(button).toHaveCount(0);
});

test.describe('on iPhone Safari', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1'
	});

	test('explains Add to Home Screen and the 7-day deletion', async ({ page }) => {
		await page.goto('/');
		await waitForApp(page);
		await expect(page.getByText('「ホーム画面に追加」')).toBeVisible();
		await expect(page.getByText('7日間このサイトを開かないと')).toBeVisible();
		await page.getByRole('button', { name: '閉じる' }).click();
		await expect(page.getByText('「ホーム画面に追加」')).toHaveCount(0);
	});
});

test('other browsers get no iOS hint', async ({ page }) => {
	await page.goto('/');
	await waitForApp(page);
	await expect(page.getByText('「ホーム画面に追加」')).toHaveCount(0);
});
