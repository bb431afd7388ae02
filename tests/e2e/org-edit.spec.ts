import { expect, expectNoViolations, test, waitForApp } from './fixtures';

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
	await expect(errors).toContainText('helpDesk[0].url');
	await expect(page.getByLabel('Webページ（https:// で始まるもの）')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expectNoViolations(page, 'policy editor with errors');

	await page.getByLabel('Webページ（https:// で始まるもの）').fill('https://help.example.com');
	await page.getByRole('button', { name: '下書きを保存' }).click();
	await expect(page.getByTestId('edit-status')).toContainText('下書きを保存しました');
	await page.reload();
	await waitForApp(page, 'ja');
	await expect(page.getByLabel('電話番号')).toHaveValue('03-0000-0000');
	await expect(page.getByLabel('集計で表示する最小の人数（2〜100）')).toHaveValue('3');

	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	await page.getByRole('button', { name: '第1版として公開し、ファイルを保存' }).click();
	await expect(page.getByTestId('active-org')).toHaveText('例示商事');
	await expect(page.getByTestId('active-policy')).toContainText('相談窓口が1件登録されています');
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
