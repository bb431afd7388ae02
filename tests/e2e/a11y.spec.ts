import {
	expect,
	installWriteFailureSwitch,
	inLanguage,
	ROUTES,
	setWritesFail,
	test,
	waitForApp,
	expectNoViolations,
	expectNoViolationsInBoth
} from './fixtures';
import { statusLabel } from './steps';

for (const [locale, lang] of [
	['ja-JP', 'ja'],
	['en-US', 'en']
] as const) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`${lang}, ${colorScheme}`, () => {
			test.use({ locale, colorScheme });

			test(`every page has no WCAG 2.2 AA violation`, async ({ page }) => {
				// Sixteen pages, each checked in full: a minute is tight on a busy 2-core machine.
				test.setTimeout(120_000);
				for (const route of ROUTES) {
					// The English pages at their own addresses (/en/…), as prerendered.
					await page.goto(inLanguage(route, lang));
					await waitForApp(page, lang);
					// Open the first item's details too: hidden content is not checked otherwise.
					const details = page.locator('details').first();
					if ((await details.count()) > 0) await details.locator('summary').click();
					await expectNoViolations(page, `${route} (${lang}, ${colorScheme})`);
				}
			});
		});
	}
}

test('answered items and the "Not saved" state have no violation', async ({ page }) => {
	await installWriteFailureSwitch(page);
	await page.goto('/checklist/owner');
	await waitForApp(page);
	const items = page.locator('article[data-item-id]');
	await items
		.nth(0)
		.getByRole('radio', { name: statusLabel('done') })
		.check();
	await items
		.nth(1)
		.getByRole('radio', { name: statusLabel('not-yet') })
		.check();
	await expect(page.getByTestId('save-status')).toHaveText(/保存しました/);
	await expectNoViolationsInBoth(page, 'answered');

	await setWritesFail(page, true);
	await items
		.nth(2)
		.getByRole('radio', { name: statusLabel('unknown') })
		.check();
	await expect(page.getByRole('button', { name: 'バックアップをダウンロード' })).toBeVisible();
	await expectNoViolationsInBoth(page, 'not saved');
});

test.describe('with the iOS install hint', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
		viewport: { width: 360, height: 740 }
	});

	test('the banner has no violation on a phone', async ({ page }) => {
		await page.goto('/');
		await waitForApp(page);
		await expect(page.getByText('7日間このサイトを開かないと')).toBeVisible();
		await expectNoViolations(page, 'ios hint');
	});
});

test('keyboard alone reaches and answers an item, and "Saved" is announced', async ({ page }) => {
	await page.goto('/checklist/owner');
	await waitForApp(page);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused();
	await page.keyboard.press('Enter');
	const firstRadio = page.locator('article[data-item-id] input[type="radio"]').first();
	// Before the first item: the organisation profile's questions and the admin area's five links.
	for (
		let i = 0;
		i < 30 && !(await firstRadio.evaluate((el) => el === document.activeElement));
		i++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(firstRadio).toBeFocused();
	await page.keyboard.press('Space');
	await expect(firstRadio).toBeChecked();
	await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toBeVisible();
});
