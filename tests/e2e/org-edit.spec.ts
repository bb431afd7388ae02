import { expect, expectNoViolations, test, waitForApp } from './fixtures';
import { DEVICES, setUp } from './steps';

test('an admin creates the policy: help desk, rules; a bad URL is named and nothing saved; it publishes', async ({
	page,
	server
}) => {
	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	await page.getByRole('link', { name: 'ポリシーを作る' }).click();
	await waitForApp(page, 'ja');
	await page.getByLabel('組織の名前（日本語）').fill('例示商事');
	await page.getByRole('button', { name: '相談窓口を追加' }).click();
	await page.getByLabel('窓口の名前（日本語）').fill('情報システム担当');
	await page.getByLabel('電話番号').fill('03-0000-0000');
	await page.getByLabel('Webページ（https:// で始まるもの）').fill('http://help.example.com');
	await page.getByRole('group', { name: '社員の名前' }).getByLabel('必ず入れてもらう').check();
	await page.getByLabel('集計で表示する最小の人数（2〜100）').fill('3');
	await page.getByRole('button', { name: '下書きを保存' }).click();
	const errors = page.getByTestId('edit-errors');
	await expect(errors).toContainText(
		'相談窓口 1 件目のWebページ: https:// で始まるアドレスを入力してください'
	);
	await expect(errors).not.toContainText('helpDesk');
	await expect(page.getByLabel('Webページ（https:// で始まるもの）')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expectNoViolations(page, 'policy editor with errors');

	await page.getByLabel('Webページ（https:// で始まるもの）').fill('https://help.example.com');

	// Tier overrides: the password manager becomes MUST, long unique passwords are turned off.
	await page.getByLabel('変える項目').selectOption('use-password-manager');
	await page.getByLabel('変え方').selectOption('must');
	await page.getByRole('button', { name: 'この変更を加える' }).click();
	await page.getByLabel('変える項目').selectOption('unique-long-passwords');
	await page.getByLabel('変え方').selectOption('off');
	await page.getByRole('button', { name: 'この変更を加える' }).click();
	await expect(page.getByTestId('override-list').locator('li')).toHaveCount(2);

	// An own item: a step missing is named in Japanese, then it is added.
	await page.getByRole('button', { name: '独自の項目を加える' }).click();
	await expect(page.getByLabel('項目の名前（日本語、120文字まで）')).toBeFocused();
	await page
		.getByLabel('項目の名前（日本語、120文字まで）')
		.fill('私物のUSBメモリを社用PCに挿さない');
	await page
		.getByLabel('なぜ必要か（日本語）')
		.fill('ウイルスの持ち込みと情報の持ち出しを防ぎます。');
	await page.getByLabel('ウイルスなどの不正なプログラム').check();
	await page.getByRole('button', { name: 'この項目を一覧に加える' }).click();
	const form = page.getByTestId('own-item-form');
	await expect(form).toContainText('少なくとも1つ入れてください');
	await expect(page.getByLabel('やり方（日本語）')).toBeFocused();
	await page
		.getByLabel('やり方（日本語）')
		.fill('私物のUSBメモリは使わない\n必要なら情報システム担当に相談する');
	await page.getByRole('button', { name: 'この項目を一覧に加える' }).click();
	await expect(page.getByTestId('own-items')).toContainText('私物のUSBメモリを社用PCに挿さない');
	await expect(page.getByTestId('edit-status')).toContainText('まだ保存していない変更があります');
	await page.getByRole('button', { name: '下書きを保存' }).click();
	await expect(page.getByTestId('edit-status')).toContainText('下書きを保存しました');
	await page.reload();
	await waitForApp(page, 'ja');
	await expect(page.getByLabel('電話番号')).toHaveValue('03-0000-0000');
	await expect(page.getByLabel('集計で表示する最小の人数（2〜100）')).toHaveValue('3');
	await expect(page.getByTestId('override-list')).toContainText('パスワード管理アプリを使う');
	await expect(page.getByTestId('own-items')).toContainText('私物のUSBメモリを社用PCに挿さない');

	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	await page.getByRole('button', { name: '第1版として公開し、ファイルを保存' }).click();
	await expect(page.getByTestId('active-org')).toHaveText('例示商事');
	await expect(page.getByTestId('active-policy')).toContainText('相談窓口が1件登録されています');
	// Nothing changed since: no second version is offered, the next step (handing it out) is.
	await expect(page.getByTestId('publish-status')).toContainText('第1版を公開しました');
	await expect(page.getByTestId('publish-status')).toBeFocused();
	await page.reload();
	await waitForApp(page, 'ja');
	await expect(page.getByTestId('draft-unchanged')).toContainText('公開済みの内容と同じです');
	await expect(page.getByTestId('share-pack')).toBeVisible();
	await expect(page.getByRole('button', { name: /として公開/ })).toHaveCount(0);
	// A change to the draft offers version 2.
	await page.goto(server.url + '/org/edit');
	await waitForApp(page, 'ja');
	await page.getByLabel('集計で表示する最小の人数（2〜100）').fill('4');
	await page.getByRole('button', { name: '下書きを保存' }).click();
	await expect(page.getByTestId('edit-status')).toContainText('下書きを保存しました');
	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	await expect(
		page.getByRole('button', { name: '第2版として公開し、ファイルを保存' })
	).toBeVisible();
	await expect(page.getByTestId('draft-unchanged')).toHaveCount(0);

	// On this device the published policy applies: the own item and the MUST password manager show,
	// the turned-off item does not.
	await page.goto(server.url + '/setup');
	await waitForApp(page, 'ja');
	await setUp(page, DEVICES.companyLaptop, '会社のPC');
	const must = page.locator('section[aria-labelledby="tier-must"]');
	await expect(must.locator('article[data-item-id="use-password-manager"]')).toBeVisible();
	const own = must.locator('article[data-item-id^="org-"]');
	await expect(own).toContainText('私物のUSBメモリを社用PCに挿さない');
	await expect(own).toContainText('会社の方針');
	await expect(page.locator('article[data-item-id="unique-long-passwords"]')).toHaveCount(0);
});

for (const [locale, lang] of [
	['ja-JP', 'ja'],
	['en-US', 'en']
] as const) {
	test.describe(lang, () => {
		test.use({ locale });
		test('the policy editor has no WCAG 2.2 AA violation', async ({ page, server }) => {
			await page.goto(server.url + '/org/edit');
			await waitForApp(page, lang);
			await page.locator('form button[type="button"]').first().click();
			await expectNoViolations(page, `policy editor (${lang})`);
		});
	});
}
