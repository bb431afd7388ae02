import { readFileSync } from 'node:fs';
import { expect, expectNoViolationsInBoth, test, waitForApp } from './fixtures';
import { DEVICES, setUp } from './steps';

const file = (name: string, text: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text)
});

test('the summary, import, policy and storage-warning states have no violation in JA and EN', async ({
	page,
	browser,
	server
}) => {
	test.setTimeout(120_000);
	await page.goto('/setup');
	await waitForApp(page, 'ja');
	await setUp(
		page,
		{
			...DEVICES.companyLaptop,
			deviceType: 'smartphone',
			os: 'android',
			networks: ['public-wifi'],
			places: ['public-place']
		},
		'会社のスマホ'
	);

	// The summary: preview with the exact file open, then saved, then as a link and QR code.
	await page.getByRole('link', { name: 'この端末の状況を会社の担当の人に送る' }).click();
	await waitForApp(page, 'ja');
	await page.getByTestId('summary-preview').getByText('ファイルの中身をそのまま見る').click();
	await expectNoViolationsInBoth(page, 'summary preview');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'ファイルを保存する' }).click();
	const summary = readFileSync((await (await download).path()) ?? '', 'utf8');
	await expect(page.getByTestId('summary-saved')).toContainText('保存しました');
	await page.getByRole('button', { name: 'リンクかQRコードで送る' }).click();
	// A QR code only while it stays scannable (version 20); a longer summary says to use the file.
	await expect(
		page.getByRole('img', { name: '状況のリンクのQRコード' }).or(page.getByTestId('qr-too-long'))
	).toBeVisible();
	await expectNoViolationsInBoth(page, 'summary saved, link and QR code');

	// The admin's import: a report with an accepted and two refused files, then saved.
	const adminContext = await browser.newContext({ locale: 'ja-JP' });
	const admin = await adminContext.newPage();
	await admin.goto(server.url + '/summaries');
	await waitForApp(admin, 'ja');
	await admin
		.getByLabel('取り込むファイルを選ぶ（複数可）')
		.setInputFiles([
			file('summary.json', summary),
			file('proto.json', summary.replace('"format"', '"__proto__": {"x": 1}, "format"')),
			file('truncated.json', summary.slice(0, 100))
		]);
	await expect(admin.getByTestId('import-status')).toHaveText(
		'検査の結果: 受け入れ 1件、そのほか 2件'
	);
	await expectNoViolationsInBoth(admin, 'import report');
	await admin.getByRole('button', { name: '受け入れた1件を保存する' }).click();
	await expect(admin.getByTestId('import-status')).toHaveText('✓ 保存しました。');
	await expectNoViolationsInBoth(admin, 'import saved');

	// The policy: a file refused with its field, a preview, then followed.
	await admin.goto(server.url + '/org');
	await waitForApp(admin, 'ja');
	const packPath = 'tests/fixtures/formats/policy-pack-v3.json';
	const pack = readFileSync(packPath, 'utf8');
	await admin
		.getByLabel('ポリシーのファイルを選ぶ')
		.setInputFiles(file('newer.json', pack.replace('"formatVersion": 3', '"formatVersion": 9')));
	await expect(admin.getByRole('alert')).toContainText('newer.json');
	await expectNoViolationsInBoth(admin, 'policy refused');
	await admin.getByLabel('ポリシーのファイルを選ぶ').setInputFiles(packPath);
	await expect(admin.getByRole('region', { name: 'このポリシーを使いますか？' })).toBeVisible();
	await expectNoViolationsInBoth(admin, 'policy preview');
	await admin.getByRole('button', { name: 'このポリシーを使う' }).click();
	await expect(admin.getByTestId('active-version')).toHaveText('3');
	await expectNoViolationsInBoth(admin, 'policy followed');

	// A newer app version in another tab takes the database: this page asks for a reload.
	const newer = await adminContext.newPage();
	await newer.goto(server.url + '/robots.txt');
	await newer.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const request = indexedDB.open('telework-check', 99);
				request.onsuccess = resolve;
				request.onerror = () => reject(request.error);
			})
	);
	await expect(admin.getByText('別のタブで新しいバージョンのアプリが開かれました')).toBeVisible();
	await expectNoViolationsInBoth(admin, 'reload banner');
	await adminContext.close();
});
