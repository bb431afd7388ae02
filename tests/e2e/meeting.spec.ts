import { expect, expectNoViolations, test, waitForApp, waitForServiceWorker } from './fixtures';

test('the camera mirror shows video locally, sends nothing, and stops when the page is left', async ({
	page,
	context,
	ownServer: server
}) => {
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	await page.goto(server.url + '/');
	await waitForApp(page, 'ja');
	await waitForServiceWorker(page);
	await page.getByRole('link', { name: '会議の前の確認を始める' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('会議の前の1分確認');

	await page.getByRole('button', { name: 'カメラのプレビューを始める' }).click();
	const video = page.getByLabel('あなたのカメラの映像（この端末の中だけ）');
	await expect(video).toBeVisible();
	await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
	// Keep a handle on the track to look at it after the page is gone.
	await page.evaluate(() => {
		const stream = (document.querySelector('video') as HTMLVideoElement).srcObject as MediaStream;
		(window as unknown as { track: MediaStreamTrack }).track = stream.getVideoTracks()[0]!;
	});
	const readyState = () =>
		page.evaluate(() => (window as unknown as { track: MediaStreamTrack }).track.readyState);
	expect(await readyState()).toBe('live');

	await page.getByRole('link', { name: 'ホーム' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('テレワーク');
	expect(await readyState()).toBe('ended');
	const origin = new URL(server.url).origin;
	expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual(
		[]
	);
});

test('the level decides the MUST measures; ticking everything says "ready"; the result is kept, offline', async ({
	page,
	ownServer: server
}) => {
	await page.goto(server.url + '/');
	await waitForApp(page);
	await waitForServiceWorker(page);
	await server.stop();
	const response = await page.goto(server.url + '/meeting-check');
	expect(response?.fromServiceWorker()).toBe(true);
	await waitForApp(page);
	await expect(page.getByTestId('meeting-last')).toHaveText('まだ確認の記録はありません。');
	const measures = page.getByTestId('meeting-measures');
	const result = page.getByTestId('meeting-result');
	const mustMeasures = () => measures.locator('.tier.must').count();
	await expect(measures).toBeVisible();
	const mediumMust = await mustMeasures();
	await expect(result).toHaveText(`まだ確認していない項目が ${14 + mediumMust} 件あります。`);
	await page.locator('input[name="level"][value="high"]').check();
	await expect.poll(mustMeasures).toBeGreaterThan(mediumMust);
	await expect(result).toHaveText(
		`まだ確認していない項目が ${14 + (await mustMeasures())} 件あります。`
	);

	const boxes = page.locator('main input[type="checkbox"]');
	for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
	await expect(result).toHaveText(/準備ができました/);
	await page.getByRole('button', { name: '確認の結果を記録する' }).click();
	await expect(page.getByTestId('meeting-saved')).toContainText('記録しました');
	await page.reload();
	await waitForApp(page);
	await expect(page.getByTestId('meeting-last')).toContainText('準備完了');
	await expect(page.locator('input[name="level"][value="high"]')).toBeChecked();
});

for (const [locale, lang] of [
	['ja-JP', 'ja'],
	['en-US', 'en']
] as const) {
	test.describe(lang, () => {
		test.use({ locale });
		test('the meeting check has no WCAG 2.2 AA violation, with the mirror on', async ({
			page,
			ownServer: server
		}) => {
			await page.goto(server.url + '/meeting-check');
			await waitForApp(page, lang);
			await page.locator('.mirror .button').click();
			await expect(page.locator('video')).toBeVisible();
			await expectNoViolations(page, `meeting check (${lang})`);
		});
	});
}
