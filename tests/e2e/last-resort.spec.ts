import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test, waitForApp } from './fixtures';

const TEXT = {
	ja: {
		banner: '問題が起きました。「保存しました」と表示された答えは、消えていません。',
		reload: '再読み込み',
		backup: 'バックアップをダウンロード',
		close: '閉じる',
		notFound: 'このページは見つかりません',
		home: 'はじめのページへ'
	},
	en: {
		banner: 'Something went wrong. Answers already marked “Saved” are safe.',
		reload: 'Reload',
		backup: 'Download a backup',
		close: 'Close',
		notFound: 'This page does not exist',
		home: 'Go to the start page'
	}
} as const;

function banner(page: Page) {
	return page.getByRole('status').filter({ hasText: TEXT.ja.banner });
}

test('an uncaught error shows one calm banner with a way out, never the error text', async ({
	page
}) => {
	await page.goto('/settings');
	await waitForApp(page, 'ja');
	await expect(banner(page)).toHaveCount(0);

	await page.evaluate(() => {
		setTimeout(() => {
			throw new Error('boom');
		});
	});
	await expect(banner(page)).toBeVisible();
	await expect(banner(page).getByRole('button', { name: TEXT.ja.reload })).toBeVisible();
	await expect(banner(page).getByRole('button', { name: TEXT.ja.backup })).toBeVisible();
	await expect(page.getByText('boom')).toHaveCount(0);

	// More errors do not stack more banners. Listeners added now run after the app's: once they
	// have seen both errors and a frame has passed, the page shows whatever the app made of them.
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				let seen = 0;
				const handled = () => {
					if (++seen === 2) requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
				};
				window.addEventListener('error', handled, { once: true });
				window.addEventListener('unhandledrejection', handled, { once: true });
				setTimeout(() => {
					throw new Error('boom again');
				});
				void Promise.reject(new Error('x'));
			})
	);
	await expect(page.getByTestId('unexpected-error')).toHaveCount(1);

	const downloading = page.waitForEvent('download');
	await banner(page).getByRole('button', { name: TEXT.ja.backup }).click();
	expect((await downloading).suggestedFilename()).toMatch(/^telework-check-backup-/);

	await banner(page).getByRole('button', { name: TEXT.ja.close }).click();
	await expect(page.getByTestId('unexpected-error')).toHaveCount(0);
});

test('an unhandled rejection shows the banner too', async ({ page }) => {
	await page.goto('/');
	await waitForApp(page, 'ja');
	await page.evaluate(() => {
		void Promise.reject(new Error('secret internals'));
	});
	await expect(banner(page)).toBeVisible();
	await expect(page.getByText('secret internals')).toHaveCount(0);
});

test('benign browser notices and extensions’ errors show nothing', async ({ page }) => {
	await page.goto('/');
	await waitForApp(page, 'ja');
	await page.evaluate(async () => {
		window.dispatchEvent(
			new ErrorEvent('error', {
				message: 'ResizeObserver loop completed with undelivered notifications.',
				// As a browser may report it: about the page itself, so only its words mark it benign.
				filename: location.href
			})
		);
		window.dispatchEvent(
			new ErrorEvent('error', {
				message: 'Uncaught TypeError: x is undefined',
				filename: 'chrome-extension://abcdefghijklmnop/content.js',
				error: new TypeError('x is undefined')
			})
		);
		// The app's listeners ran inside dispatchEvent; a frame later the page shows what they did.
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
	});
	await expect(page.getByTestId('unexpected-error')).toHaveCount(0);

	// The same listeners do report the app's own error.
	await page.evaluate(() => {
		window.dispatchEvent(
			new ErrorEvent('error', {
				message: 'Uncaught TypeError: x is undefined',
				filename: `${location.origin}/_app/immutable/chunks/x.js`,
				error: new TypeError('x is undefined')
			})
		);
	});
	await expect(banner(page)).toBeVisible();
});

test('a page that does not exist says so, with a link to the start page', async ({ page }) => {
	await page.goto('/nope');
	await waitForApp(page, 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.ja.notFound);
	// Not a failure of the app: no "something went wrong" banner.
	await expect(page.getByTestId('unexpected-error')).toHaveCount(0);
	await page.getByRole('link', { name: TEXT.ja.home }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(TEXT.ja.notFound);
});

for (const lang of ['ja', 'en'] as const) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`${lang}, ${colorScheme}`, () => {
			test.use({ locale: lang === 'ja' ? 'ja-JP' : 'en-US', colorScheme });

			test('the banner and the error page have no WCAG 2.2 AA violation', async ({ page }) => {
				await page.goto('/nope');
				await waitForApp(page, lang);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[lang].notFound);
				await expect(page.getByRole('link', { name: TEXT[lang].home })).toBeVisible();
				await expectNoViolations(page, `error page (${lang}, ${colorScheme})`);

				await page.goto('/checklist/owner');
				await waitForApp(page, lang);
				await page.evaluate(() => {
					setTimeout(() => {
						throw new Error('boom');
					});
				});
				const shown = page.getByTestId('unexpected-error');
				await expect(shown).toHaveText(new RegExp(`^${TEXT[lang].banner}`));
				await expect(page.getByRole('button', { name: TEXT[lang].reload })).toBeVisible();
				await expectNoViolations(page, `error banner (${lang}, ${colorScheme})`);
			});
		});
	}
}
