import { readFileSync } from 'node:fs';
import { expect, expectNoViolations, test, waitForApp } from './fixtures';
import { tabTo } from './keyboard-moves';
import { savedLabel, statusLabel } from './steps';

test('with the keyboard alone: set up a device, answer, hear "Saved", send the summary; the admin imports it', async ({
	page,
	browser,
	server
}) => {
	// Two browsers and a whole checklist walked by Tab: about a minute on a loaded 2-core machine.
	test.setTimeout(120_000);
	// Smooth scrolling would still be moving the page when the focus is checked.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await waitForApp(page, 'ja');
	const start = page.getByRole('link', { name: /点検を始める.*在宅で働く人/ });
	await expect(start).toHaveAttribute('href', /\/setup$/);
	await tabTo(page, start);
	await page.keyboard.press('Enter');

	const answers = [
		['自分の（私物の）端末'],
		['パソコン', 'Windows'],
		['自宅のWi-Fi'],
		['自分だけの部屋'],
		[],
		[],
		[]
	];
	for (const labels of answers) {
		for (const label of labels) {
			const choice = page.getByLabel(label, { exact: true });
			await tabTo(page, choice);
			// Space selects a radio button or ticks a checkbox, as a screen-reader user would.
			if (!(await choice.isChecked())) await page.keyboard.press('Space');
			await expect(choice).toBeChecked();
		}
		await tabTo(page, page.getByRole('button', { name: '次へ' }));
		await page.keyboard.press('Enter');
	}
	await tabTo(page, page.getByLabel('呼び名（例：仕事用ノートPC、私のスマホ）'));
	await page.keyboard.type('キーボードのPC');
	await tabTo(page, page.getByRole('button', { name: '保存してチェックリストを見る' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('あなたのチェックリスト');

	const first = page.locator('section[aria-labelledby="tier-must"] article[data-item-id]').first();
	const itemId = await first.getAttribute('data-item-id');
	await tabTo(page, first.getByRole('radio', { name: statusLabel('done') }), 200);
	await page.keyboard.press('Space');
	await expect(first.getByRole('radio', { name: statusLabel('done') })).toBeChecked();
	// The result is announced: it is written into a polite live region.
	const status = page.getByRole('status').filter({ hasText: '保存しました' });
	await expect(status).toHaveAttribute('aria-live', 'polite');
	await expect(page.getByTestId(`save-${itemId}`)).toHaveText(savedLabel());

	// The summary: from the checklist to the file, with the keyboard.
	await tabTo(page, page.getByRole('link', { name: 'この端末の状況を会社の担当の人に送る' }), 300);
	await page.keyboard.press('Enter');
	await waitForApp(page, 'ja');
	await tabTo(page, page.getByRole('button', { name: 'ファイルを保存する' }), 120);
	const downloading = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	const summary = readFileSync((await (await downloading).path()) ?? '', 'utf8');
	await expect(page.getByTestId('summary-saved')).toContainText('保存しました');

	// The admin, in another browser, reaches the import from the policy page and picks the file
	// with Space (the file dialog itself belongs to the system, not the page).
	const admin = await browser.newContext({ locale: 'ja-JP', reducedMotion: 'reduce' });
	const adminPage = await admin.newPage();
	await adminPage.goto(server.url + '/org');
	await waitForApp(adminPage, 'ja');
	await tabTo(
		adminPage,
		adminPage.getByRole('link', { name: '社員から届いた状況のファイルを取り込む' }),
		120
	);
	await adminPage.keyboard.press('Enter');
	await waitForApp(adminPage, 'ja');
	await tabTo(adminPage, adminPage.getByLabel('取り込むファイルを選ぶ（複数可）'));
	const choosing = adminPage.waitForEvent('filechooser');
	await adminPage.keyboard.press('Space');
	await (
		await choosing
	).setFiles({ name: 'summary.json', mimeType: 'application/json', buffer: Buffer.from(summary) });
	const importStatus = adminPage.getByTestId('import-status');
	await expect(importStatus).toHaveText('検査の結果: 受け入れ 1件、そのほか 0件');
	await expect(importStatus).toHaveAttribute('role', 'status');
	await tabTo(adminPage, adminPage.getByRole('button', { name: '受け入れた1件を保存する' }));
	await adminPage.keyboard.press('Enter');
	await expect(importStatus).toHaveText('✓ 保存しました。');
	await expectNoViolations(adminPage, 'import saved');
	await admin.close();
});
