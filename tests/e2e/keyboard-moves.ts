import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The focused element can be seen: nothing (a sticky header, a banner) lies over its middle. */
export async function expectFocusSeen(page: Page): Promise<void> {
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
 * `key` 'Shift+Tab' moves backwards.
 */
export async function tabTo(
	page: Page,
	target: Locator,
	limit = 80,
	key: 'Tab' | 'Shift+Tab' = 'Tab'
): Promise<void> {
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
		await page.keyboard.press(key);
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
