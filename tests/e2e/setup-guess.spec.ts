import { expect, test, waitForApp } from './fixtures';

// An Android phone: the set-up must not decide for the person that this phone is the device.
test.use({
	userAgent:
		'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
	viewport: { width: 360, height: 740 },
	isMobile: true,
	hasTouch: true,
	locale: 'ja-JP'
});

test('on a phone the device question starts empty, offers the guess, and takes it in one tap', async ({
	page
}) => {
	await page.goto('/setup');
	await waitForApp(page, 'ja');
	await page.getByLabel('会社から支給された端末', { exact: true }).check();
	await page.getByRole('button', { name: '次へ' }).click();
	await expect(page.locator('legend h2')).toContainText('どんな端末ですか？');

	await expect(page.locator('input[name="deviceType"]')).toHaveCount(3);
	await expect(page.locator('input[name="deviceType"]:checked')).toHaveCount(0);
	await expect(page.locator('input[name="os"]')).toHaveCount(0);
	await expect(page.getByRole('button', { name: '次へ' })).toBeDisabled();
	const guess = page.getByTestId('device-guess');
	await expect(guess).toContainText('この端末はAndroidのスマートフォンのようです。');

	// One tap: the suggestion is chosen and the next question opens.
	await guess.getByRole('button', { name: '「Androidのスマートフォン」を使う' }).click();
	await expect(page.locator('legend h2')).toContainText('どこのネットワークにつなぎますか？');
	await page.getByRole('button', { name: '戻る' }).click();
	await expect(page.getByLabel('スマートフォン', { exact: true })).toBeChecked();
	await expect(page.getByLabel('Android', { exact: true })).toBeChecked();
});
