// NEEDS the dev dependency jsqr 1.4.0 (`npm install --save-dev --save-exact jsqr@1.4.0`): a QR
// reader that works on raw pixels, so the test reads the code a phone would see. It was not
// installed into the shared node_modules by the branch that added this test.
import jsQR from 'jsqr';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';

/** The share panel's QR code as a phone would read it: the SVG drawn on a canvas, then decoded. */
async function readQr(page: Page): Promise<{ text: string; version: number } | undefined> {
	const svg = page
		.getByTestId('share-pack')
		.getByRole('img', { name: 'ポリシーのリンクのQRコード' });
	const { size, red } = await svg.evaluate(async (element) => {
		const modules = (element as SVGSVGElement).viewBox.baseVal.width;
		const side = modules * 4; // 4 px a module, like a phone camera close enough to focus
		const image = new Image();
		image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(element))}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = side;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0, side, side);
		const rgba = context.getImageData(0, 0, side, side).data;
		return { size: side, red: Array.from(rgba.filter((_, i) => i % 4 === 0)) };
	});
	const rgba = new Uint8ClampedArray(size * size * 4);
	red.forEach((value, i) => rgba.set([value, value, value, 255], i * 4));
	const code = jsQR(rgba, size, size);
	return code ? { text: code.data, version: code.version } : undefined;
}

test('the policy QR code decodes to exactly the link shown beside it, at version 20 or less', async ({
	page,
	server
}) => {
	await page.goto(server.url + '/org/edit');
	await waitForApp(page, 'ja');
	await page.getByLabel('組織の名前（日本語）').fill('例示商事');
	await page.getByRole('button', { name: '相談窓口を追加' }).click();
	await page.getByLabel('窓口の名前（日本語）').fill('情報システム担当');
	await page.getByLabel('電話番号').fill('03-0000-0000');
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
