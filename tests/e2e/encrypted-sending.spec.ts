import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import {
	cachedPaths,
	expect,
	expectNoViolations,
	test,
	waitForApp,
	waitForServiceWorker
} from './fixtures';
import { DEVICES, answer, setUp } from './steps';
import { ageKey } from '../helpers/age-keys';

// The employee's side of encrypted summaries: a policy that names the admin's key makes the file
// and the link readable by that key alone.

/** Version 5 of the fixture policy; its `recipient` is the public key of admin-key.txt. */
const PACK = JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v5.json', 'utf8'));
const ADMIN = ageKey('admin-key.txt');
const packLink =
	'/org#pack=' + deflateRawSync(Buffer.from(JSON.stringify(PACK))).toString('base64url');

/** Follows the policy link, sets up a device with one answer and opens its summary, named. */
async function readyToSend(page: Page, base: string): Promise<void> {
	await page.goto(base + packLink);
	await waitForApp(page, 'ja');
	await expect(page.getByTestId('preview-encrypted')).toHaveText(
		'管理者の鍵で暗号化して送ります（管理者にしか読めません）'
	);
	await page.getByRole('button', { name: 'このポリシーを使う' }).click();
	await expect(page.getByTestId('active-org')).toHaveText('例示商事株式会社');
	await page.goto(base + '/setup');
	await waitForApp(page, 'ja');
	await setUp(page, DEVICES.companyLaptop, '会社のノート');
	await answer(page, 'os-auto-update', 'done');
	await page.goto(base + '/summary');
	await waitForApp(page, 'ja');
	await page.getByLabel('お名前 （必須）').fill('山田 花子');
	await expect(page.getByTestId('summary-preview')).toContainText('山田 花子');
}

/** What `age -d -i admin-key.txt` makes of a file. */
function ageDecrypt(path: string): string {
	return execFileSync('age', ['-d', '-i', ADMIN.path, path]).toString();
}

test('with the admin key in the policy, the file and the link are encrypted to it; the admin opens both only once the key is on the device', async ({
	page,
	browser,
	server
}) => {
	const requests: string[] = [];
	page.context().on('request', (r) => requests.push(r.url()));
	await readyToSend(page, server.url);
	const preview = page.getByTestId('summary-preview');
	await expect(page.getByTestId('summary-encrypted')).toContainText(ADMIN.recipient);
	await preview.getByText('ファイルの中身をそのまま見る').click();
	const exact = (await page.getByTestId('summary-json').textContent()) ?? '';
	expect(JSON.parse(exact).respondent.name).toBe('山田 花子');
	await expectNoViolations(page, 'summary to be encrypted');

	const saving = page.waitForEvent('download');
	await page.getByRole('button', { name: 'ファイルを保存する' }).click();
	const download = await saving;
	const name = download.suggestedFilename();
	expect(name).toMatch(/^telework-check-summary-.+-r1\.json\.age$/);
	await expect(page.getByTestId('summary-saved')).toHaveText(
		`管理者あてに暗号化して保存しました（${name}）。メールやチャットで管理者に送ってください。`
	);
	const path = join(mkdtempSync(join(tmpdir(), 'twc-sent-')), name);
	await download.saveAs(path);
	const bytes = readFileSync(path);
	expect(bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
	expect(bytes.toString('latin1')).not.toContain('山田');
	// Debian's age opens it with the admin's key: exactly the JSON the preview showed.
	expect(ageDecrypt(path)).toBe(exact);

	await page.getByRole('button', { name: 'リンクかQRコードで送る' }).click();
	await expect(page.getByTestId('summary-saved')).toContainText('管理者あてに暗号化したリンク');
	await expect(page.getByTestId('share-link')).toHaveValue(/\/summaries#summary=/);
	const link = await page.getByTestId('share-link').inputValue();
	// An encrypted summary is far too long for a scannable QR code: the page says to use the file.
	await expect(page.getByTestId('qr-too-long')).toBeVisible();

	// The admin, without the key yet: the link says it needs one and nothing is stored.
	const admin = await browser.newContext({ locale: 'ja-JP' });
	admin.on('request', (r) => requests.push(r.url()));
	const adminPage = await admin.newPage();
	await adminPage.goto(link);
	await waitForApp(adminPage, 'ja');
	const report = adminPage.getByTestId('import-report');
	await expect(report.locator('tr[data-kind="rejected"]')).toContainText(
		'開くには管理者の秘密鍵が必要です'
	);
	await expect(adminPage.getByTestId('stored-summaries')).toHaveCount(0);

	// With the key: the link opens and is stored; the file is then the same summary.
	await adminPage.getByLabel('別の端末で作った鍵のファイルを読み込む').setInputFiles(ADMIN.path);
	await expect(adminPage.getByTestId('key-status')).toHaveText('✓ 鍵を1本読み込みました。');
	await adminPage.goto(link);
	await waitForApp(adminPage, 'ja');
	await expect(report.locator('tr[data-kind="accepted"]')).toHaveCount(1);
	await adminPage.getByRole('button', { name: '受け入れた1件を保存する' }).click();
	await expect(adminPage.getByTestId('stored-summaries')).toContainText('山田 花子');
	await adminPage.getByLabel('取り込むファイルを選ぶ（複数可）').setInputFiles(path);
	await expect(report.locator('tr[data-kind="duplicate"]')).toContainText(name);

	const origin = new URL(server.url).origin;
	expect(
		requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)
	).toEqual([]);
	await admin.close();
});

test('the encryption part is kept once the policy is followed: the summary is encrypted with the server stopped', async ({
	page,
	ownServer
}) => {
	await page.goto(ownServer.url + '/');
	await waitForApp(page, 'ja');
	await waitForServiceWorker(page);
	await readyToSend(page, ownServer.url);
	// Following the policy loaded the age library; the service worker keeps what was used.
	const isEncryption = (path: string) => /\/encryption\.[^/]+\.js$/.test(path);
	await expect.poll(async () => (await cachedPaths(page)).paths.some(isEncryption)).toBe(true);
	await ownServer.stop();

	await page.reload();
	await waitForApp(page, 'ja');
	await page.getByLabel('お名前 （必須）').fill('山田 花子');
	const saving = page.waitForEvent('download');
	await page.getByRole('button', { name: 'ファイルを保存する' }).click();
	const download = await saving;
	expect(download.suggestedFilename()).toMatch(/\.json\.age$/);
	const path = join(mkdtempSync(join(tmpdir(), 'twc-offline-')), 'sent.json.age');
	await download.saveAs(path);
	expect(JSON.parse(ageDecrypt(path)).respondent.name).toBe('山田 花子');
});

test.describe('without the encryption part', () => {
	// Without a service worker, the route below sees every request the page makes.
	test.use({ serviceWorkers: 'block' });

	test('the summary is not sent in the clear: the page says to connect, and no file is saved', async ({
		page,
		server
	}) => {
		await page.route(/\/encryption\.[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
		await readyToSend(page, server.url);
		const downloads: string[] = [];
		page.on('download', (d) => downloads.push(d.suggestedFilename()));
		await page.getByRole('button', { name: 'ファイルを保存する' }).click();
		await expect(page.getByTestId('summary-saved')).toContainText(
			'暗号化に使う部分がまだこの端末に入っていません'
		);
		await page.getByRole('button', { name: 'リンクかQRコードで送る' }).click();
		await expect(page.getByTestId('summary-saved')).toContainText(
			'暗号化しないまま送ることはしません'
		);
		await expect(page.getByTestId('share-link')).toHaveCount(0);
		expect(downloads).toEqual([]);
	});
});
