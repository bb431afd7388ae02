import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';

/** The focused element can be seen: nothing (a sticky header, a banner) lies over its middle. */
async function expectFocusSeen(page: Page): Promise<void> {
	const seen = await page.evaluate(() => {
		const focused = document.activeElement as HTMLElement | null;
		// Past the last control the focus leaves the page for the browser's own UI: nothing to see.
		if (!focused || focused === document.body) return 'seen';
		const box = focused.getBoundingClientRect();
		// A visually hidden radio or checkbox is seen through its label.
		const target =
			box.width < 2 && focused instanceof HTMLInputElement && focused.labels?.[0]
				? focused.labels[0]
				: focused;
		const rect = target.getBoundingClientRect();
		const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
		return hit && (target.contains(hit) || hit.contains(target))
			? 'seen'
			: `${focused.outerHTML.slice(0, 80)} is under ${hit?.outerHTML.slice(0, 80)}`;
	});
	expect(seen).toBe('seen');
}

/**
 * Presses Tab until `target` has the focus, checking at each stop that the focus is seen. A radio
 * button is reached as people reach it: Tab into its group, then the arrow keys (which select).
 */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
	const group = await target.evaluate((el) =>
		el instanceof HTMLInputElement && el.type === 'radio' ? el.name : ''
	);
	const arrived = () =>
		target.evaluate((el, name) => {
			const focused = document.activeElement;
			if (!name) return focused === el;
			return (
				focused instanceof HTMLInputElement && focused.type === 'radio' && focused.name === name
			);
		}, group);
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		await expectFocusSeen(page);
		if (!(await arrived())) continue;
		for (let step = 0; group && step < 20; step++) {
			if (await target.evaluate((el) => el === document.activeElement)) break;
			await page.keyboard.press('ArrowDown');
			await expectFocusSeen(page);
		}
		return;
	}
	throw new Error(`Tab never reached ${String(target)}`);
}

test('with the keyboard alone: start, describe the device, answer an item, hear "Saved"', async ({
	page
}) => {
	// Smooth scrolling would still be moving the page when the focus is checked.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await waitForApp(page, 'ja');
	await tabTo(page, page.getByRole('link', { name: /点検を始める.*在宅で働く人/ }));
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByRole('link', { name: '状況を入力する' }));
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
	await tabTo(page, first.getByRole('radio', { name: '対応済み' }), 200);
	await page.keyboard.press('Space');
	await expect(first.getByRole('radio', { name: '対応済み' })).toBeChecked();
	// The result is announced: it is written into a polite live region.
	const status = page.getByRole('status').filter({ hasText: '保存しました' });
	await expect(status).toHaveAttribute('aria-live', 'polite');
	await expect(page.getByTestId(`save-${itemId}`)).toHaveText('保存しました');
});
