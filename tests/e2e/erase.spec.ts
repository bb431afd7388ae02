import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test, waitForApp } from './fixtures';
import { DEVICES, answer, setUp } from './steps';

const TEXT = {
	ja: {
		start: 'データをすべて消す…',
		confirmTitle: '本当にすべて消しますか？',
		confirm: 'すべて消す',
		cancel: 'やめる',
		downloadFirst: '先にバックアップを取る',
		erased: 'この端末に保存していたデータを、すべて消しました。',
		failed: '何も消していません'
	},
	en: {
		start: 'Erase everything…',
		confirmTitle: 'Erase everything now?',
		confirm: 'Erase everything',
		cancel: 'Cancel',
		downloadFirst: 'Download a backup first',
		erased: 'Everything the app stored on this device has been erased.',
		failed: 'Nothing was erased'
	}
} as const;

/** How many records each IndexedDB store holds, read straight from the database. */
function countRecords(page: Page): Promise<Record<string, number>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, number>>((resolve, reject) => {
				const open = indexedDB.open('telework-check');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names);
					const counts: Record<string, number> = {};
					for (const name of names) {
						const request = tx.objectStore(name).count();
						request.onsuccess = () => (counts[name] = request.result);
					}
					tx.oncomplete = () => (db.close(), resolve(counts));
				};
			})
	);
}

/** A device set up with one answer and a note-free status, and a language chosen in Settings. */
async function setUpDevice(page: Page): Promise<void> {
	await page.goto('/setup');
	await waitForApp(page, 'ja');
	await setUp(page, { ...DEVICES.personalLaptop, methods: [], apps: [] }, '私のPC');
	await answer(page, 'screen-lock', 'done');
	await page.goto('/settings');
	await waitForApp(page, 'ja');
	await page.getByRole('radio', { name: 'ダーク' }).check();
	const counts = await countRecords(page);
	expect(counts.profiles).toBe(1);
	expect(counts.answers).toBe(1);
}

async function openConfirmation(page: Page, lang: 'ja' | 'en'): Promise<void> {
	const start = page.getByRole('button', { name: TEXT[lang].start });
	await start.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: TEXT[lang].confirmTitle })).toBeFocused();
}

test('erases everything after a second step, with the keyboard alone', async ({ page }) => {
	await setUpDevice(page);
	await openConfirmation(page, 'ja');
	const region = page.getByRole('region', { name: TEXT.ja.confirmTitle });
	await expect(region.getByRole('button', { name: TEXT.ja.downloadFirst })).toBeVisible();

	// From the heading: the backup first, then the button that erases.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: TEXT.ja.downloadFirst })).toBeFocused();
	const downloading = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	expect((await downloading).suggestedFilename()).toMatch(/^telework-check-backup-/);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: TEXT.ja.confirm, exact: true })).toBeFocused();
	await page.keyboard.press('Enter');

	// The start page, loaded afresh, says it once the transaction has committed.
	await expect(page).toHaveURL(/\/$/);
	await waitForApp(page, 'ja');
	await expect(page.getByRole('status').filter({ hasText: TEXT.ja.erased })).toBeVisible();
	await expectNoViolations(page, 'erased notice');

	await page.reload();
	await waitForApp(page, 'ja');
	await expect(page.getByTestId('erased-notice')).toHaveCount(0);
	const counts = await countRecords(page);
	expect(Object.keys(counts).length).toBeGreaterThanOrEqual(7);
	for (const [store, count] of Object.entries(counts)) expect(count, store).toBe(0);
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');

	await page.goto('/checklist/employee');
	await waitForApp(page, 'ja');
	await expect(page.getByRole('link', { name: '状況を入力する' })).toBeVisible();
	await expect(page.getByText('私のPC')).toHaveCount(0);
});

test('another open tab starts afresh too, and cannot save old answers back', async ({ page }) => {
	await setUpDevice(page);
	const other = await page.context().newPage();
	await other.goto('/checklist/employee');
	await waitForApp(other, 'ja');
	await expect(other.locator('article[data-item-id="screen-lock"]')).toBeVisible();

	await openConfirmation(page, 'ja');
	await page.getByRole('button', { name: TEXT.ja.confirm, exact: true }).click();
	await expect(other).toHaveURL(/\/$/);
	await waitForApp(other, 'ja');
	await expect(other.getByRole('status').filter({ hasText: TEXT.ja.erased })).toBeVisible();
	await expect(other.locator('article[data-item-id]')).toHaveCount(0);
	for (const [store, count] of Object.entries(await countRecords(other)))
		expect(count, store).toBe(0);
});

test('cancel leaves everything as it was', async ({ page }) => {
	await setUpDevice(page);
	await openConfirmation(page, 'ja');
	await page.getByRole('button', { name: TEXT.ja.cancel }).click();
	await expect(page.getByRole('button', { name: TEXT.ja.start })).toBeFocused();
	await expect(page.getByRole('heading', { name: TEXT.ja.confirmTitle })).toHaveCount(0);

	await page.reload();
	await waitForApp(page, 'ja');
	const counts = await countRecords(page);
	expect(counts.profiles).toBe(1);
	expect(counts.answers).toBe(1);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a failed erase says nothing was erased, and nothing was', async ({ page }) => {
	await page.addInitScript(() => {
		IDBObjectStore.prototype.clear = function () {
			throw new DOMException('The disk is gone.', 'UnknownError');
		};
	});
	await setUpDevice(page);
	const before = await countRecords(page);
	await openConfirmation(page, 'ja');
	await page.getByRole('button', { name: TEXT.ja.confirm, exact: true }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(TEXT.ja.failed);
	await expect(alert).toBeFocused();
	await expect(page).toHaveURL(/\/settings$/);
	expect(await countRecords(page)).toEqual(before);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const lang of ['ja', 'en'] as const) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`${lang}, ${colorScheme}`, () => {
			test.use({ locale: lang === 'ja' ? 'ja-JP' : 'en-US', colorScheme });

			test('the confirmation step has no WCAG 2.2 AA violation', async ({ page }) => {
				await page.goto('/settings');
				await waitForApp(page, lang);
				await openConfirmation(page, lang);
				await expectNoViolations(page, `erase confirmation (${lang}, ${colorScheme})`);
			});
		});
	}
}
