import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Answers the set-up questions; `choices` are the visible option labels, one list per question. */
export async function setUp(page: Page, choices: string[][], name: string): Promise<void> {
	for (const labels of choices) {
		for (const label of labels) await page.getByLabel(label, { exact: true }).check();
		await page.getByRole('button', { name: '次へ' }).click();
	}
	await page.getByLabel('呼び名（例：仕事用ノートPC、私のスマホ）').fill(name);
	await page.getByRole('button', { name: '保存してチェックリストを見る' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('あなたのチェックリスト');
	await expect(page.locator('section[aria-labelledby="tier-must"]')).toBeVisible();
}
