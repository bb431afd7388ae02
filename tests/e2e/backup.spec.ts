import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test, waitForApp, expectNoViolations } from './fixtures';
import { answer, statusRadio } from './steps';

// The owner's checklist answers on the default profile without any set-up first.
const CHECKLIST = '/checklist/owner';
const ITEM = 'telework-rules-written';

const TEXT = {
	ja: {
		download: 'バックアップをダウンロード',
		chooseFile: 'バックアップのファイルを選ぶ',
		preview: 'このバックアップの中身',
		replaces: 'この端末のデータは、すべて置き換わります',
		confirm: 'このバックアップで置き換える',
		cancel: 'やめる',
		restored: 'バックアップを復元しました（端末 1 台、答え 1 件）。',
		failed: 'このファイルは復元できませんでした',
		unchanged: 'この端末のデータは何も変わっていません。'
	},
	en: {
		download: 'Download a backup',
		chooseFile: 'Choose a backup file',
		preview: 'What this backup holds',
		replaces: 'This replaces everything on this device',
		confirm: 'Replace with this backup',
		cancel: 'Cancel',
		restored: 'The backup is restored (device profiles: 1, answers: 1).',
		failed: 'This file could not be restored',
		unchanged: 'Nothing on this device was changed.'
	}
} as const;
type Lang = keyof typeof TEXT;

interface BackupFile {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

const itemRadio = (page: Page, lang: Lang) => statusRadio(page, ITEM, 'done', lang);

async function answerItem(page: Page, lang: Lang): Promise<void> {
	await page.goto(CHECKLIST);
	await waitForApp(page, lang);
	await answer(page, ITEM, 'done', lang);
}

async function downloadBackup(page: Page, lang: Lang): Promise<BackupFile> {
	await page.goto('/settings');
	await waitForApp(page, lang);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: TEXT[lang].download, exact: true }).click();
	const download = await downloading;
	const path = await download.path();
	return {
		name: download.suggestedFilename(),
		mimeType: 'application/json',
		buffer: readFileSync(path)
	};
}

/** A browser with nothing stored: another computer, as far as the app can tell. */
async function freshPage(browser: Browser, baseURL: string, lang: Lang): Promise<Page> {
	const context = await browser.newContext({
		baseURL,
		locale: lang === 'ja' ? 'ja-JP' : 'en-US'
	});
	return context.newPage();
}

async function chooseFile(page: Page, lang: Lang, file: BackupFile): Promise<void> {
	await page.getByLabel(TEXT[lang].chooseFile).setInputFiles(file);
}

/** A valid backup with one hostile change: a "__proto__" key inside the first answer. */
function hostile(file: BackupFile): BackupFile {
	const text = file.buffer
		.toString('utf8')
		.replace('"answers": [\n    {', '"answers": [\n    {\n      "__proto__": { "isAdmin": true },');
	expect(text).toContain('"__proto__"');
	return {
		name: 'telework-check-backup-hostile.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	};
}

test('a backup restores the answers in a fresh browser', async ({ page, browser, server }) => {
	await answerItem(page, 'ja');
	const file = await downloadBackup(page, 'ja');
	expect(file.name).toMatch(/^telework-check-backup-\d{4}-\d{2}-\d{2}\.json$/);

	const other = await freshPage(browser, server.url, 'ja');
	try {
		await other.goto(CHECKLIST);
		await waitForApp(other, 'ja');
		await expect(itemRadio(other, 'ja')).not.toBeChecked();

		await other.goto('/settings');
		await waitForApp(other, 'ja');
		await chooseFile(other, 'ja', file);
		const preview = other.getByRole('region', { name: TEXT.ja.preview });
		await expect(preview).toBeVisible();
		await expect(other.getByRole('heading', { name: TEXT.ja.preview })).toBeFocused();
		await expect(preview).toContainText(file.name);
		await expect(other.getByTestId('restore-profiles')).toHaveText('1');
		await expect(other.getByTestId('restore-answers')).toHaveText('1');
		await expect(preview).toContainText(TEXT.ja.replaces);

		await other.getByRole('button', { name: TEXT.ja.confirm }).click();
		await expect(other.getByRole('status').filter({ hasText: TEXT.ja.restored })).toBeVisible();
		await expect(preview).toHaveCount(0);

		await other.goto(CHECKLIST);
		await waitForApp(other, 'ja');
		await expect(itemRadio(other, 'ja')).toBeChecked();
	} finally {
		await other.context().close();
	}
});

test('cancel leaves the data as it was', async ({ page }) => {
	await answerItem(page, 'ja');
	const file = await downloadBackup(page, 'ja');
	const data = JSON.parse(file.buffer.toString('utf8'));
	data.answers = [];
	await chooseFile(page, 'ja', { ...file, buffer: Buffer.from(JSON.stringify(data)) });
	await expect(page.getByTestId('restore-answers')).toHaveText('0');
	await page.getByRole('button', { name: TEXT.ja.cancel }).click();
	await expect(page.getByLabel(TEXT.ja.chooseFile)).toBeFocused();
	await expect(page.getByRole('region', { name: TEXT.ja.preview })).toHaveCount(0);

	await page.goto(CHECKLIST);
	await waitForApp(page, 'ja');
	await expect(itemRadio(page, 'ja')).toBeChecked();
});

test('a hostile file shows the file and the field, and changes nothing', async ({ page }) => {
	await answerItem(page, 'ja');
	const file = hostile(await downloadBackup(page, 'ja'));
	await chooseFile(page, 'ja', file);

	const alert = page.getByRole('alert');
	await expect(alert).toContainText(TEXT.ja.failed);
	await expect(alert).toContainText(TEXT.ja.unchanged);
	await expect(page.getByTestId('restore-error-detail')).toContainText(
		'ファイル「telework-check-backup-hostile.json」の回答 1 件目: 「__proto__」という名前の欄は、安全のため受け付けません'
	);
	await expect(page.getByRole('button', { name: TEXT.ja.confirm })).toHaveCount(0);
	expect(await page.evaluate(() => 'isAdmin' in {})).toBe(false);

	await page.goto(CHECKLIST);
	await waitForApp(page, 'ja');
	await expect(itemRadio(page, 'ja')).toBeChecked();
});

for (const lang of ['ja', 'en'] as const) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`${lang}, ${colorScheme}`, () => {
			test.use({ locale: lang === 'ja' ? 'ja-JP' : 'en-US', colorScheme });

			test('the preview, error and restored states have no WCAG 2.2 AA violation', async ({
				page
			}) => {
				await answerItem(page, lang);
				const file = await downloadBackup(page, lang);

				await chooseFile(page, lang, file);
				await expect(page.getByRole('region', { name: TEXT[lang].preview })).toBeVisible();
				await expectNoViolations(page, `preview (${lang}, ${colorScheme})`);

				await chooseFile(page, lang, hostile(file));
				await expect(page.getByRole('alert')).toContainText(TEXT[lang].failed);
				await expectNoViolations(page, `error (${lang}, ${colorScheme})`);

				await chooseFile(page, lang, file);
				await page.getByRole('button', { name: TEXT[lang].confirm }).click();
				await expect(
					page.getByRole('status').filter({ hasText: TEXT[lang].restored })
				).toBeVisible();
				await expectNoViolations(page, `restored (${lang}, ${colorScheme})`);
			});
		});
	}
}

test.describe('in Safari, not installed', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15'
	});

	test('Settings warns that Safari deletes data, with the download button first', async ({
		page
	}) => {
		await page.goto('/settings');
		await waitForApp(page, 'ja');
		const note = page.getByTestId('safari-backup-note');
		await expect(note).toContainText('7日間');
		const download = page.getByRole('button', { name: TEXT.ja.download, exact: true });
		const chooser = page.getByLabel(TEXT.ja.chooseFile);
		const [noteBox, downloadBox, chooserBox] = await Promise.all(
			[note, download, chooser].map((l) => l.boundingBox())
		);
		expect(noteBox!.y).toBeLessThan(downloadBox!.y);
		expect(downloadBox!.y).toBeLessThan(chooserBox!.y);
		await expectNoViolations(page, 'safari note');
	});
});

test('Chromium gets no Safari note', async ({ page }) => {
	await page.goto('/settings');
	await waitForApp(page, 'ja');
	await expect(page.getByLabel(TEXT.ja.chooseFile)).toBeVisible();
	await expect(page.getByTestId('safari-backup-note')).toHaveCount(0);
});
