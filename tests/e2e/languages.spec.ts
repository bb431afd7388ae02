import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { expect, inLanguage, ROUTES, test, waitForApp } from './fixtures';

/** Kana and kanji: Japanese text. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

const packLink = () => {
	const pack = readFileSync('tests/fixtures/formats/policy-pack-v3.json', 'utf8');
	// As the admin's "share" makes it: deflate-raw, base64url (encoded here, not by the app).
	return (
		'/org#pack=' +
		deflateRawSync(Buffer.from(JSON.stringify(JSON.parse(pack)))).toString('base64url')
	);
};

test.describe('the HTML as served, before any script runs', () => {
	test('/en/settings is English, with lang="en", its title and its text', async ({ request }) => {
		const html = await (await request.get('/en/settings')).text();
		expect(html).toMatch(/<html lang="en">/);
		expect(html).toContain('<title>Settings · Telework Check</title>');
		expect(html).toMatch(/<h1[^>]*>Settings<\/h1>/);
		const main = /<main[^>]*>([^]*)<\/main>/.exec(html)?.[1] ?? '';
		expect(main.length).toBeGreaterThan(500);
		expect(main).toContain('Download a backup');
		// The one Japanese word is the language's own name, marked as Japanese.
		expect(main).toContain('<span lang="ja">日本語</span>');
		const text = main.replace(/<span lang="ja">日本語<\/span>/g, '').replace(/<[^>]+>/g, ' ');
		expect(text).not.toMatch(JAPANESE);

		const twin = await (await request.get('/settings')).text();
		expect(twin).toMatch(/<html lang="ja">/);
		expect(twin).toContain('<title>設定 · テレワーク点検</title>');
	});

	test('every page exists in both languages, says which, and names its twin', async ({
		request
	}) => {
		for (const route of ROUTES) {
			for (const lang of ['ja', 'en'] as const) {
				const address = inLanguage(route, lang);
				const response = await request.get(address);
				expect(response.status(), address).toBe(200);
				const html = await response.text();
				expect(html, address).toMatch(new RegExp(`<html lang="${lang}">`));
				expect(html, address).toContain(`<link rel="alternate" hreflang="ja" href="${route}"/>`);
				expect(html, address).toContain(
					`<link rel="alternate" hreflang="en" href="${inLanguage(route, 'en')}"/>`
				);
				expect(html, address).toContain(
					`<link rel="alternate" hreflang="x-default" href="${route}"/>`
				);
			}
		}
	});

	test("an English page's links stay in English", async ({ request, baseURL }) => {
		for (const route of ROUTES) {
			const address = inLanguage(route, 'en');
			const html = await (await request.get(address)).text();
			const links = [...html.matchAll(/<a [^>]*href="([^"#][^"]*)"/g)].map(
				(m) => new URL(m[1]!, baseURL + address).pathname
			);
			expect(links.length, address).toBeGreaterThan(4);
			expect(
				links.filter((path) => path !== '/en' && !path.startsWith('/en/')),
				address
			).toEqual([]);
		}
	});
});

test.describe('an English-preferring browser', () => {
	test.use({ locale: 'en-US' });

	test('opening a Japanese address ends on its English twin', async ({ page }) => {
		await page.goto('/checklist/employee');
		await expect(page).toHaveURL(/\/en\/checklist\/employee$/);
		await waitForApp(page, 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your checklist');
	});

	test('a policy link made before opens in English, the policy offered', async ({ page }) => {
		await page.goto(packLink());
		await expect(page).toHaveURL(/\/en\/org$/);
		await waitForApp(page, 'en');
		const preview = page.getByRole('region', { name: 'Follow this policy?' });
		await expect(preview.getByTestId('preview-org')).toHaveText('Example Trading Co., Ltd.');
	});

	test('a remembered Japanese wins over the browser and over an English address', async ({
		page
	}) => {
		await page.goto('/about');
		await waitForApp(page, 'en');
		await page.evaluate(() => localStorage.setItem('twc:locale', 'ja'));
		await page.goto('/en/help?from=mail#lost-device');
		await expect(page).toHaveURL(/\/help\?from=mail#lost-device$/);
		await waitForApp(page, 'ja');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('困ったとき');
	});
});

test.describe('a Japanese-preferring browser', () => {
	test('stays on an English address it was given', async ({ page }) => {
		await page.goto('/en/about');
		await waitForApp(page, 'en');
		await expect(page).toHaveURL(/\/en\/about$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this app');
	});

	test('with English remembered, a Japanese address ends on its English twin', async ({ page }) => {
		await page.goto('/about');
		await waitForApp(page, 'ja');
		await page.evaluate(() => localStorage.setItem('twc:locale', 'en'));
		await page.goto('/meeting-check?from=mail#main');
		await expect(page).toHaveURL(/\/en\/meeting-check\?from=mail#main$/);
		await waitForApp(page, 'en');
	});
});

test.describe('the language switch', () => {
	test('opens the same page in the other language, keeps the query and fragment, and remembers', async ({
		page
	}) => {
		await page.goto('/help?from=mail#lost-device');
		await waitForApp(page, 'ja');
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await expect(page).toHaveURL(/\/en\/help\?from=mail#lost-device$/);
		await waitForApp(page, 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('When something goes wrong');
		await expect(page.getByRole('button', { name: '日本語に切り替える' })).toBeFocused();
		// In-app links follow: the menu leads to English pages.
		await page
			.getByRole('navigation', { name: 'Main menu' })
			.getByRole('link', { name: 'Settings' })
			.click();
		await expect(page).toHaveURL(/\/en\/settings$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
		// Remembered: a Japanese address opened later shows English.
		await page.goto('/about');
		await expect(page).toHaveURL(/\/en\/about$/);
		await waitForApp(page, 'en');

		await page.getByRole('button', { name: '日本語に切り替える' }).click();
		await expect(page).toHaveURL(/\/about$/);
		await expect(page).not.toHaveURL(/\/en\//);
		await waitForApp(page, 'ja');
		await page.goto('/en/about');
		await expect(page).toHaveURL(/\/about$/);
		await waitForApp(page, 'ja');
	});

	test('on a policy link keeps the policy under review', async ({ page }) => {
		await page.goto(packLink());
		await waitForApp(page, 'ja');
		const ja = page.getByRole('region', { name: 'このポリシーを使いますか？' });
		await expect(ja.getByTestId('preview-org')).toHaveText('例示商事株式会社');
		const fingerprint = await ja.getByTestId('pack-fingerprint').textContent();

		await page.getByRole('button', { name: 'Switch to English' }).click();
		await expect(page).toHaveURL(/\/en\/org$/);
		await waitForApp(page, 'en');
		const en = page.getByRole('region', { name: 'Follow this policy?' });
		await expect(en.getByTestId('preview-org')).toHaveText('Example Trading Co., Ltd.');
		await expect(en.getByTestId('pack-fingerprint')).toHaveText(fingerprint!);
		await en.getByRole('button', { name: 'Follow this policy' }).click();
		await expect(page.getByTestId('linked-outcome')).toContainText('Example Trading Co., Ltd.');
	});

	test('on the readiness page the results, counted before, follow into the other language', async ({
		page
	}) => {
		await page.goto('/readiness');
		await waitForApp(page, 'ja');
		// Nothing answered yet: the lowest band (checklists/crosswalks/ipa-self-diagnosis.yaml).
		await expect(page.getByTestId('ipa-total')).toContainText(
			'いつ情報が漏れるなどの事故が起きてもおかしくない状態です。'
		);
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await expect(page).toHaveURL(/\/en\/readiness$/);
		await waitForApp(page, 'en');
		await expect(page.getByTestId('ipa-total')).toContainText(
			'An incident such as a data leak could happen at any time.'
		);
		await expect(page.getByTestId('self-diagnosis')).not.toContainText(JAPANESE);
	});
});
