import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { PolicyPack } from '../../src/lib/domain/formats/policy-pack';
import {
	expect,
	expectNoViolations,
	storedRecord,
	test,
	waitForApp,
	type StaticServer
} from './fixtures';
import { poppler } from './pdf-text';
import { readQr } from './qr-read';
import { fillPolicyBasics } from './steps';
import { ageKey } from '../helpers/age-keys';

const VALID = readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8');
const ADMIN = ageKey('admin-key.txt');
const OTHER = ageKey('other-key.txt');
const OLD = ageKey('old-admin-key.txt');

/** `text` encrypted with Debian's age command line to `recipient`, as a file to choose. */
function encrypted(name: string, recipient: string, text = VALID) {
	const buffer = execFileSync('age', ['-r', recipient], { input: text });
	return { name, mimeType: 'application/octet-stream', buffer };
}

test('the admin adds a key file, imports a summary encrypted with the age command, refuses one for another key, and makes a key the age command can use', async ({
	page,
	server
}) => {
	await page.goto(server.url + '/summaries');
	await waitForApp(page, 'ja');
	const files = page.getByLabel('取り込むファイルを選ぶ（複数可）');
	const status = page.getByTestId('import-status');
	const report = page.getByTestId('import-report');

	// Without the key, the file says it needs one.
	await files.setInputFiles([encrypted('mine.json.age', ADMIN.recipient)]);
	await expect(status).toHaveText('検査の結果: 受け入れ 0件、そのほか 1件');
	await expect(report).toContainText('開くには管理者の秘密鍵が必要です');

	await expect(page.getByTestId('key-count')).toHaveText('この端末にはまだ鍵がありません。');
	await page.getByLabel('別の端末で作った鍵のファイルを読み込む').setInputFiles(ADMIN.path);
	await expect(page.getByTestId('key-status')).toHaveText('✓ 鍵を1本読み込みました。');
	await expect(page.getByTestId('key-count')).toContainText('この端末の鍵: 1本');
	await expect(page.locator('code.recipient')).toHaveText(ADMIN.recipient);

	await files.setInputFiles([
		encrypted('mine.json.age', ADMIN.recipient),
		encrypted('other.json.age', OTHER.recipient)
	]);
	await expect(status).toHaveText('検査の結果: 受け入れ 1件、そのほか 1件');
	await expect(report.locator('tr', { hasText: 'mine.json.age' })).toHaveAttribute(
		'data-kind',
		'accepted'
	);
	await expect(report.locator('tr', { hasText: 'other.json.age' })).toContainText(
		'別の鍵あてに暗号化されていて、この鍵では開けません'
	);
	await expectNoViolations(page, 'summaries with a key and an encrypted import');
	await page.getByRole('button', { name: '受け入れた1件を保存する' }).click();
	await expect(page.getByTestId('stored-summaries').locator('tbody tr')).toHaveCount(1);

	// A key made here: saved as a file that Debian's age reads, and it opens files made for it.
	await page.getByRole('button', { name: '新しい鍵を作る' }).click();
	await expect(page.getByTestId('key-count')).toContainText('この端末の鍵: 2本');
	const recipient = (await page.locator('code.recipient').textContent()) ?? '';
	expect(recipient).toMatch(/^age1[a-z0-9]{58}$/);
	expect(recipient).not.toBe(ADMIN.recipient);
	const saving = page.waitForEvent('download');
	await page.getByRole('button', { name: '鍵のファイルを保存する' }).click();
	const keyFile = join(mkdtempSync(join(tmpdir(), 'twc-key-')), 'key.txt');
	await (await saving).saveAs(keyFile);
	const secret = execFileSync('age', ['-r', recipient], { input: 'only for the admin' });
	const cipher = join(keyFile, '..', 'secret.age');
	writeFileSync(cipher, secret);
	expect(execFileSync('age', ['-d', '-i', keyFile, cipher]).toString()).toBe('only for the admin');

	// The older key still opens what was made for it: the same summary is a duplicate, not refused.
	await files.setInputFiles([encrypted('again.json.age', ADMIN.recipient)]);
	await expect(report.locator('tr', { hasText: 'again.json.age' })).toHaveAttribute(
		'data-kind',
		'duplicate'
	);
});

const ENCRYPT = '状況ファイルを管理者の鍵で暗号化する';

/** Makes a key on /summaries and gives its public key. */
async function makeKey(page: Page, server: StaticServer): Promise<string> {
	await page.goto(server.url + '/summaries');
	await waitForApp(page, 'ja');
	const before = await page.getByTestId('key-count').textContent();
	await page.getByRole('button', { name: '新しい鍵を作る' }).click();
	await expect(page.getByTestId('key-status')).toHaveText('✓ ' + MADE);
	await expect(page.getByTestId('key-count')).not.toHaveText(before ?? '');
	return (await page.locator('code.recipient').textContent()) ?? '';
}
const MADE = '新しい鍵を作りました。いますぐ「鍵のファイルを保存する」で控えを取ってください。';

async function draftPack(page: Page): Promise<PolicyPack> {
	return ((await storedRecord(page, 'packs', 'draft')) as { pack: PolicyPack }).pack;
}

test('the policy carries the key on this device: off without a key, on, switched to a newer key, published with it', async ({
	page,
	server
}) => {
	// The editor reads the keys without the age library (the encryption chunk): it only compares them.
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto(server.url + '/org/edit');
	await waitForApp(page, 'ja');
	const fieldset = page.getByTestId('encrypt-summaries');
	const encrypt = fieldset.getByRole('checkbox', { name: ENCRYPT });
	await expect(fieldset).toContainText('この端末には鍵がないので、状況ファイルは暗号化されずに');
	await expect(encrypt).toBeDisabled();
	await expect(encrypt).not.toBeChecked();
	expect(requested.filter((path) => path.includes('/encryption.'))).toEqual([]);
	await fieldset.getByRole('link', { name: /鍵を作る・読み込む/ }).click();
	await expect(page).toHaveURL(/\/summaries#keys$/);

	const first = await makeKey(page, server);
	await page.goto(server.url + '/org/edit');
	await waitForApp(page, 'ja');
	await fillPolicyBasics(page);
	await expect(encrypt).toBeEnabled();
	await expect(encrypt).not.toBeChecked();
	await expect(fieldset).toContainText('いまは暗号化しません');
	await encrypt.check();
	await expect(fieldset.locator('code.recipient')).toHaveText(first);
	await expect(fieldset).toContainText('この端末でいま使う鍵です');
	await expectNoViolations(page, 'policy editor, encryption on');
	await page.getByRole('button', { name: '下書きを保存' }).click();
	await expect(page.getByTestId('edit-status')).toContainText('下書きを保存しました');
	expect((await draftPack(page)).recipient).toBe(first);

	// Turning it off is a change (the key leaves the pack); on again, nothing is unsaved.
	await encrypt.uncheck();
	await expect(fieldset.locator('code.recipient')).toHaveCount(0);
	await expect(page.getByTestId('edit-status')).toContainText('保存していない変更があります');
	await encrypt.check();
	await expect(page.getByTestId('edit-status')).not.toContainText('保存していない変更があります');

	// A newer key: the draft's key is now an older one kept here, and the editor offers the new one.
	const second = await makeKey(page, server);
	expect(second).not.toBe(first);
	requested.length = 0;
	await page.goto(server.url + '/org/edit');
	await waitForApp(page, 'ja');
	await expect(encrypt).toBeChecked();
	await expect(fieldset.locator('code.recipient')).toHaveText(first);
	await expect(fieldset).toContainText('これはこの端末に残してある古い鍵です');
	expect(requested.filter((path) => path.includes('/encryption.'))).toEqual([]);
	await expectNoViolations(page, 'policy editor, an older key');
	// The long public key wraps: the page never pans sideways on a 320 px phone.
	await page.setViewportSize({ width: 320, height: 700 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await page.setViewportSize({ width: 1280, height: 720 });
	await fieldset.getByRole('button', { name: 'いま使う鍵に切り替える' }).click();
	await expect(fieldset.locator('code.recipient')).toHaveText(second);
	await expect(fieldset.getByRole('button', { name: 'いま使う鍵に切り替える' })).toHaveCount(0);
	await page.getByRole('button', { name: '下書きを保存' }).click();
	await expect(page.getByTestId('edit-status')).toContainText('下書きを保存しました');
	expect((await draftPack(page)).recipient).toBe(second);

	// Published, the pack and its link carry the new key.
	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	await page.getByRole('button', { name: '第1版として公開し、ファイルを保存' }).click();
	await expect(page.getByTestId('share-link')).toHaveValue(/#pack=/);
	const { pack } = (await storedRecord(page, 'packs', 'active')) as { pack: PolicyPack };
	expect(pack.packVersion).toBe(1);
	expect(pack.recipient).toBe(second);
	const link = await page.getByTestId('share-link').inputValue();
	const data = link.split('#pack=')[1]!;
	const shared = JSON.parse(inflateRawSync(Buffer.from(data, 'base64url')).toString('utf8'));
	expect(shared.recipient).toBe(second);
});

test('the paper copy: every key kept, one page each, a QR code that reads back as the key, nothing else printed; typed back in, the key opens', async ({
	page,
	server,
	browser
}, testInfo) => {
	await page.goto(server.url + '/summaries');
	await waitForApp(page, 'ja');
	await page.getByLabel('別の端末で作った鍵のファイルを読み込む').setInputFiles(OLD.path);
	await expect(page.getByTestId('key-status')).toHaveText('✓ 鍵を1本読み込みました。');
	await page.getByLabel('別の端末で作った鍵のファイルを読み込む').setInputFiles(ADMIN.path);
	await expect(page.getByTestId('key-count')).toContainText('この端末の鍵: 2本');
	await expect(page.getByTestId('key-paper')).toHaveCount(0);

	await page.evaluate(() => {
		window.print = () => undefined;
	});
	await page.getByRole('button', { name: '鍵の控えを紙に印刷する' }).click();
	const paper = page.getByTestId('key-paper');
	await expect(paper).toBeAttached();
	await expect(paper).toBeHidden(); // never on screen

	await page.emulateMedia({ media: 'print' });
	await expect(paper).toBeVisible();
	const codes = paper.getByRole('img', { name: '秘密鍵のQRコード' });
	await expect(codes).toHaveCount(2);
	await expect(codes.first()).toBeVisible();
	// The current key first: A4 at 96 px an inch, 4 cm is 151 px.
	const box = await codes.first().boundingBox();
	expect(box!.width).toBeGreaterThanOrEqual(151);
	expect((await readQr(codes.first()))?.text).toBe(ADMIN.identity);
	expect((await readQr(codes.nth(1)))?.text).toBe(OLD.identity);
	const secrets = paper.getByTestId('paper-secret');
	await expect(secrets.first()).toBeVisible();
	expect((await secrets.first().textContent())!.replace(/\s/g, '')).toBe(ADMIN.identity);
	await expect(paper).toContainText(ADMIN.recipient);
	await expect(paper).toContainText('age -d -i key.txt file.json.age');
	await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
	await expect(page.getByLabel('取り込むファイルを選ぶ（複数可）')).toBeHidden();
	await expect(page.getByRole('button', { name: '鍵の控えを紙に印刷する' })).toBeHidden();
	await expect(page.locator('header').first()).toBeHidden();

	await page.evaluate(() => document.fonts.ready);
	const pdf = testInfo.outputPath('key-paper.pdf');
	writeFileSync(pdf, await page.pdf({ format: 'A4' }));
	expect(poppler('pdfinfo', [pdf])).toMatch(/^Pages:\s+2$/m);
	const text = poppler('pdftotext', ['-layout', pdf, '-']);
	expect(text).toContain('テレワーク点検');
	expect(text).toContain('この紙を手にした人はだれでも');
	expect(text).not.toContain('取り込むファイルを選ぶ');
	const firstPage = poppler('pdftotext', ['-f', '1', '-l', '1', pdf, '-']);
	const typed = /AGE-SECRET-KEY-1(?:\s*[0-9A-Z]{1,5})+/.exec(firstPage)?.[0] ?? '';
	expect(typed.replace(/\s/g, '')).toBe(ADMIN.identity);

	// The print dialog closed: the paper leaves the page.
	await page.emulateMedia({ media: 'screen' });
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await expect(paper).toHaveCount(0);

	// On another device, the key typed from the paper, gaps and all, is read as the key.
	const other = await browser.newPage();
	await other.goto(server.url + '/summaries');
	await waitForApp(other, 'ja');
	await other.getByLabel('別の端末で作った鍵のファイルを読み込む').setInputFiles({
		name: 'key.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(`${typed}\r\n`)
	});
	await expect(other.getByTestId('key-status')).toHaveText('✓ 鍵を1本読み込みました。');
	await expect(other.locator('code.recipient')).toHaveText(ADMIN.recipient);
	await other.close();
});
