import { expect, expectNoViolations, test, waitForApp, waitForServiceWorker } from './fixtures';
import { DEVICES, setUp } from './steps';

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

test('a minute: at most 10 boxes at the medium level, each point once, grouped; ticking everything says "ready", kept offline', async ({
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
	const points = page.getByTestId('meeting-points');
	const boxes = points.locator('input[type="checkbox"]');
	const result = page.getByTestId('meeting-result');
	// No device registered: every point that depends on the place is asked (counted by hand:
	// camera 2, mic 3, share 3, app and participants 2).
	await expect(boxes).toHaveCount(10);
	await expect(points.locator('h2')).toHaveText([
		'カメラに映るもの',
		'マイクが拾う音',
		'画面共有',
		'アプリと参加者',
		'できればこれも（推奨）'
	]);
	const labels = await points.locator('label').allInnerTexts();
	expect(new Set(labels).size).toBe(labels.length);
	for (const once of ['見せるウィンドウ', 'イヤホン', '通知を止め'])
		expect(
			labels.filter((l) => l.includes(once)),
			once
		).toHaveLength(1);
	await expect(result).toHaveText('まだ確認していない項目が 10 件あります。');

	// High: a room of one's own and a company device become MUST; the room replaces "no one walks past".
	await page.locator('input[name="level"][value="high"]').check();
	await expect(boxes).toHaveCount(11);
	await expect(result).toHaveText('まだ確認していない項目が 11 件あります。');
	await expect(points.getByText('ドアを閉められる一人の部屋で参加する')).toBeVisible();
	await expect(points.getByText('家族や周りの人が後ろを通らず')).toHaveCount(0);
	// The host gets the host's measures on top.
	await page.getByLabel('主催する（会議を設定する）').check();
	await expect(boxes).toHaveCount(18);
	await page.getByLabel('参加する（招待された）').check();
	await expect(boxes).toHaveCount(11);

	for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
	await expect(result).toHaveText(/準備ができました/);
	await page.getByRole('button', { name: '確認の結果を記録する' }).click();
	await expect(page.getByTestId('meeting-saved')).toContainText('記録しました');
	await page.reload();
	await waitForApp(page);
	await expect(page.getByTestId('meeting-last')).toContainText('準備完了');
	await expect(page.locator('input[name="level"][value="high"]')).toBeChecked();
});

test('with a device registered, only what fits it is asked', async ({ page }) => {
	await page.goto('/setup');
	await waitForApp(page, 'ja');
	await setUp(page, DEVICES.companyLaptop, '会社のノート');
	await page.goto('/meeting-check');
	await waitForApp(page, 'ja');
	await expect(
		page.getByText('端末「会社のノート」の場所や持ち主に合わせた項目です。')
	).toBeVisible();
	const points = page.getByTestId('meeting-points');
	// A room of one's own: no one walks past; a company device: "join from a company device" is met.
	await expect(points.locator('input[type="checkbox"]')).toHaveCount(9);
	await expect(points.getByText('家族や周りの人が後ろを通らず')).toHaveCount(0);
	await expect(points.getByText('会社から支給された端末だけで参加する')).toHaveCount(0);
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
