import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectNoViolations, test, waitForApp } from './fixtures';
import { ageKey } from '../helpers/age-keys';

const VALID = readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8');
const ADMIN = ageKey('admin-key.txt');
const OTHER = ageKey('other-key.txt');

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
