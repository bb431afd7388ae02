import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import { readQr as readCode } from './qr-read';
import { fillPolicyBasics } from './steps';

/** The share panel's QR code as a phone would read it. */
function readQr(page: Page): Promise<{ text: string; version: number } | undefined> {
	return readCode(
		page.getByTestId('share-pack').getByRole('img', { name: 'ポリシーのリンクのQRコード' })
	);
}

test('the policy QR code decodes to exactly the link shown beside it, at version 20 or less', async ({
	page,
	server
}) => {
	await page.goto(server.url + '/org/edit');
	await waitForApp(page, 'ja');
	await fillPolicyBasics(page);
	await page.getByRole('button', { name: '下書きを保存' }).click();
	await expect(page.getByTestId('edit-status')).toContainText('下書きを保存しました');
	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	await page.getByRole('button', { name: '第1版として公開し、ファイルを保存' }).click();
	await expect(page.getByTestId('share-link')).toHaveValue(/#pack=/);
	const link = await page.getByTestId('share-link').inputValue();
	const read = await readQr(page);
	expect(read?.text).toBe(link);
	expect(read?.version).toBeLessThanOrEqual(20);
});

test('a policy too large for a scannable code says to use the file or the link, and draws none', async ({
	page,
	server
}) => {
	await page.goto(server.url + '/meeting-apps');
	await waitForApp(page, 'ja');
	await page.getByRole('button', { name: /Zoom Workplace/ }).click();
	await page.getByLabel('組織の名前').fill('例示商事');
	await page.getByRole('button', { name: '組織として承認する' }).click();
	await expect(page.getByTestId('decision-status')).toContainText('下書きに保存しました');
	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	await page.getByRole('button', { name: '第1版として公開し、ファイルを保存' }).click();
	const share = page.getByTestId('share-pack');
	await expect(share.getByTestId('share-link')).toHaveValue(/#pack=/);
	await expect(share.getByTestId('qr-too-long')).toHaveText(
		'QRコードにすると細かすぎて、スマートフォンのカメラでうまく読み取れません。ファイルで渡すか、リンクを送ってください。'
	);
	await expect(share.getByRole('img')).toHaveCount(0);
	await expect(share.getByRole('button', { name: 'ファイルをもう一度保存' })).toBeVisible();
});
