import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test, waitForApp, waitForServiceWorker } from './fixtures';
import { DEVICES, answer, setUp, statusRadio } from './steps';

const mustIds = (page: Page) =>
	page
		.locator('section[aria-labelledby="tier-must"] article[data-item-id]')
		.evaluateAll((items) => items.map((i) => i.getAttribute('data-item-id')));

test('a new user sets up two devices, answers, keeps everything offline and sends a status offline', async ({
	page,
	ownServer: server
}) => {
	await page.goto(server.url + '/');
	await waitForApp(page, 'ja');
	await waitForServiceWorker(page);
	// With no device yet, starting the check is the set-up itself (one tap, not two).
	const start = page.getByRole('link', { name: /点検を始める.*在宅で働く人/ });
	await expect(start).toHaveAttribute('href', /\/setup$/);
	await start.click();

	await setUp(
		page,
		{ ...DEVICES.personalLaptop, networks: ['public-wifi'], places: ['public-place'] },
		'私物のWindowsノート'
	);
	const laptopMust = await mustIds(page);
	for (const id of [
		'os-auto-update',
		'antivirus-realtime-on',
		'public-wifi-prefer-tethering',
		'wifi-fake-access-point-check',
		'vpn-connect-before-work',
		'public-place-screen-privacy',
		'know-incident-contact'
	]) {
		expect(laptopMust, id).toContain(id);
	}
	expect(laptopMust).not.toContain('router-admin-password');
	expect(laptopMust.length).toBeGreaterThanOrEqual(8);
	expect(laptopMust.length).toBeLessThanOrEqual(30);
	await expect(page.locator('article[data-item-id="public-wifi-prefer-tethering"]')).toContainText(
		'公衆Wi-Fiのため必須です'
	);

	await answer(page, 'os-auto-update', 'done');
	await answer(page, 'public-wifi-prefer-tethering', 'not-yet');
	await answer(page, 'vpn-connect-before-work', 'done');

	// A second device: a company iPhone used at home.
	await page.getByRole('link', { name: '端末を追加' }).click();
	await setUp(page, DEVICES.companyIphone, '会社のiPhone');
	const phoneMust = await mustIds(page);
	expect(phoneMust).toContain('router-admin-password');
	expect(phoneMust).not.toContain('antivirus-realtime-on');
	await answer(page, 'screen-lock', 'done');

	// Back to the laptop: its answers are there.
	await page.getByLabel('表示する端末').selectOption({ label: '私物のWindowsノート' });
	await expect(statusRadio(page, 'os-auto-update', 'done')).toBeChecked();
	await expect(statusRadio(page, 'public-wifi-prefer-tethering', 'not-yet')).toBeChecked();

	await server.stop();
	const reloaded = await page.reload();
	expect(reloaded?.fromServiceWorker()).toBe(true);
	await waitForApp(page);
	await expect(statusRadio(page, 'vpn-connect-before-work', 'done')).toBeChecked();
	await page.getByLabel('表示する端末').selectOption({ label: '会社のiPhone' });
	await expect(statusRadio(page, 'screen-lock', 'done')).toBeChecked();
	await expect(statusRadio(page, 'os-auto-update', 'done')).not.toBeChecked();

	// Still offline, the laptop's status goes out as a file, with the answers given above.
	await page.getByLabel('表示する端末').selectOption({ label: '私物のWindowsノート' });
	await page.getByRole('link', { name: 'この端末の状況を会社の担当の人に送る' }).click();
	await waitForApp(page, 'ja');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'ファイルを保存する' }).click();
	const sent = JSON.parse(readFileSync((await (await download).path()) ?? '', 'utf8'));
	expect(sent.answers).toEqual(
		expect.arrayContaining([
			expect.objectContaining({ itemId: 'os-auto-update', status: 'done' }),
			expect.objectContaining({ itemId: 'public-wifi-prefer-tethering', status: 'not-yet' }),
			expect.objectContaining({ itemId: 'vpn-connect-before-work', status: 'done' })
		])
	);
	await expect(page.getByTestId('summary-saved')).toContainText('保存しました');
});

test('changing the situation re-tiers the list at once and keeps the answers', async ({
	page,
	ownServer: server
}) => {
	await page.goto(server.url + '/setup');
	await waitForApp(page, 'ja');
	await setUp(page, DEVICES.companyMac, '会社のMac');
	await answer(page, 'router-admin-password', 'done');
	expect(await mustIds(page)).not.toContain('public-wifi-prefer-tethering');

	await page.getByRole('link', { name: '状況を変更' }).click();
	await page.getByRole('button', { name: '次へ' }).click();
	await page.getByRole('button', { name: '次へ' }).click();
	await page.getByLabel('カフェや駅などの公衆Wi-Fi', { exact: true }).check();
	for (let i = 0; i < 5; i++) await page.getByRole('button', { name: '次へ' }).click();
	await expect(page.getByLabel('呼び名（例：仕事用ノートPC、私のスマホ）')).toHaveValue(
		'会社のMac'
	);
	await page.getByRole('button', { name: '保存してチェックリストを見る' }).click();
	await expect.poll(() => mustIds(page)).toContain('public-wifi-prefer-tethering');
	await expect(statusRadio(page, 'router-admin-password', 'done')).toBeChecked();
});

for (const [locale, lang, colorScheme] of [
	['ja-JP', 'ja', 'light'],
	['en-US', 'en', 'light'],
	['ja-JP', 'ja', 'dark']
] as const) {
	test.describe(`accessibility (${lang}, ${colorScheme})`, () => {
		test.use({ locale, colorScheme, viewport: { width: 360, height: 740 } });

		test('every set-up question, the list and an open item have no WCAG 2.2 AA violation', async ({
			page,
			ownServer: server
		}) => {
			await page.goto(server.url + '/setup');
			await waitForApp(page, lang);
			const next = page.locator('form button[type="submit"]');
			const pick = (n: number) => page.locator('fieldset input').nth(n).check();
			await expectNoViolations(page, 'question 1');
			await pick(0);
			for (let step = 2; step <= 8; step++) {
				await next.click();
				await expect(page.locator('legend h2')).toBeFocused();
				if (step === 2) {
					await page.locator('input[name="deviceType"]').first().check();
					await page.locator('input[name="os"]').first().check();
				}
				if (step === 3 || step === 4) await pick(0);
				await expectNoViolations(page, `question ${step}`);
			}
			await next.click();
			await expect(page.locator('section[aria-labelledby="tier-must"]')).toBeVisible();
			await page.locator('article[data-item-id]').first().getByRole('radio').first().check();
			await expectNoViolations(page, 'list');
			const item = page.locator('article[data-item-id]').nth(1);
			await item.locator('summary').click();
			await item.getByRole('radio').nth(4).check();
			await expect(item.locator('input[type="date"]')).toBeVisible();
			await expectNoViolations(page, 'item open, waiver form');
		});
	});
}

test('a device can be removed with its answers, after a second confirmation', async ({
	page,
	ownServer: server
}) => {
	await page.goto(server.url + '/setup');
	await waitForApp(page, 'ja');
	await setUp(page, DEVICES.companyMac, '古いMac');
	await answer(page, 'screen-lock', 'done');

	await page.getByRole('button', { name: 'この端末を削除' }).click();
	await page.getByRole('button', { name: 'やめる' }).click();
	await expect(page.getByLabel('表示する端末')).toHaveValue(/.+/);
	await page.getByRole('button', { name: 'この端末を削除' }).click();
	await expect(page.getByRole('alertdialog')).toContainText('「古いMac」');
	await expectNoViolations(page, 'confirm removal');
	await page.getByRole('button', { name: '削除する' }).click();
	await expect(page.getByRole('link', { name: '状況を入力する' })).toBeVisible();

	await page.reload();
	await waitForApp(page);
	await expect(page.getByRole('link', { name: '状況を入力する' })).toBeVisible();
	const left = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('telework-check');
				open.onsuccess = () => {
					const count = open.result.transaction('answers').objectStore('answers').count();
					count.onsuccess = () => resolve(count.result);
				};
			})
	);
	expect(left).toBe(0);
});
