import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { poppler } from './pdf-text';
import { expect, expectNoViolations, test, waitForApp } from './fixtures';
import { DEVICES, answer, setUp } from './steps';

const PACK_PATH = 'tests/fixtures/formats/policy-pack-v4.json';

/** Prints with the print button's styles (the dialog itself is left out) and reads the text. */
async function printed(page: Page, button: string, path: string): Promise<string> {
	await page.evaluate(() => {
		window.print = () => undefined;
	});
	await page.getByRole('button', { name: button }).click();
	await page.evaluate(() => document.fonts.ready);
	writeFileSync(path, await page.pdf({ format: 'A4' }));
	return poppler('pdftotext', ['-layout', path, '-']);
}

test('an owner answers what no item covers, sees the score move, and prints the readiness page and a basic policy draft', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	await page.goto('/org');
	await waitForApp(page, 'ja');
	await page.getByLabel('ポリシーのファイルを選ぶ').setInputFiles(PACK_PATH);
	await page.getByRole('button', { name: 'このポリシーを使う' }).click();
	await expect(page.getByTestId('active-org')).toHaveText('例示商事株式会社');

	await page.goto('/readiness');
	await waitForApp(page, 'ja');
	const total = page.getByTestId('ipa-total');
	// Nothing answered: 25 topics "don't know", −1 each.
	await expect(total).toContainText('合計 -25点 / 100点');
	await expect(page.getByTestId('five-measures')).toContainText('まだ端末の点検結果がありません');
	// The three topics no item covers are answered here: each −1 becomes 4.
	for (const topic of ['ipa-15', 'ipa-16', 'ipa-17']) {
		await page
			.locator(`[data-topic="${topic}"]`)
			.getByLabel('実施している', { exact: true })
			.check();
		await expect(page.getByText('答えを保存しました。')).toBeVisible();
	}
	await expect(total).toContainText('合計 -10点 / 100点');
	await page.reload();
	await waitForApp(page, 'ja');
	await expect(total).toContainText('合計 -10点 / 100点');
	await expect(
		page.locator('[data-topic="ipa-16"]').getByLabel('実施している', { exact: true })
	).toBeChecked();

	// A device checked here counts: its OS updates make measure 1 and topic 1 (−1 → 4) done.
	await page.goto('/setup');
	await waitForApp(page, 'ja');
	await setUp(page, DEVICES.personalLaptop, '社長のノート');
	await answer(page, 'os-auto-update', 'done');
	await page.goto('/readiness');
	await waitForApp(page, 'ja');
	await expect(total).toContainText('合計 -5点 / 100点');
	const first = page.getByTestId('five-measures').locator('tr[data-measure="five-1"]');
	await expect(first.locator('td').first()).toHaveText('1台');
	// The guideline's 13 categories, each with the share of its items' answers done.
	await expect(page.getByTestId('mic-coverage').locator('tr[data-category]')).toHaveCount(13);
	await expectNoViolations(page, 'readiness page');

	await page.getByLabel('責任者の名前（例: 代表取締役 山田太郎）').fill('代表取締役 山田太郎');
	await page.getByLabel('責任者の名前（例: 代表取締役 山田太郎）').blur();
	await expect(page.getByText('責任者の名前を保存しました。')).toBeVisible();
	const policy = await printed(
		page,
		'基本方針の下書きを印刷する',
		testInfo.outputPath('policy.pdf')
	);
	const squashed = policy.replace(/\s+/g, '');
	expect(squashed).toContain('情報セキュリティ基本方針');
	expect(squashed).toContain('例示商事株式会社（以下「当社」）');
	expect(squashed).toContain('代表取締役山田太郎');
	expect(squashed).toContain('テレワークのきまり（第4版）');
	expect(squashed).toContain('全員が180日ごとに');
	expect(squashed).not.toContain('SECURITYACTIONの準備');

	const readiness = await printed(page, 'このページを印刷する', testInfo.outputPath('page.pdf'));
	const flat = readiness.replace(/\s+/g, '');
	expect(flat).toContain('SECURITYACTIONの準備');
	expect(flat).toContain('合計-5点/100点');
	expect(flat).toContain('★一つ星:情報セキュリティ5か条');
	expect(flat).not.toContain('以下「当社」');

	// The same draft in English.
	await page.goto('/en/readiness');
	await waitForApp(page, 'en');
	await expect(page.getByTestId('ipa-total')).toContainText('Total -5 of 100');
	const english = await printed(
		page,
		'Print the draft policy',
		testInfo.outputPath('policy-en.pdf')
	);
	expect(english).toContain('Basic Information Security Policy');
	expect(english.replace(/\s+/g, ' ')).toContain('Example Trading Co., Ltd. ("we")');
});
