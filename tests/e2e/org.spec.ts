import { readFileSync } from 'node:fs';
import { sealSync } from '../fixtures/aggregate/synthetic';
import { expect, expectNoViolations, test, waitForApp } from './fixtures';
import { setUp } from './set-up-device';

const PACK_PATH = 'tests/fixtures/formats/policy-pack-v3.json';
const packJson = () => JSON.parse(readFileSync(PACK_PATH, 'utf8'));
const asFile = (name: string, data: unknown) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data))
});

test("an employee follows the org's policy file: the list and the meeting apps show it", async ({
	page,
	server
}) => {
	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	await expect(page.getByTestId('active-policy')).toContainText('まだポリシーはありません');

	await page.getByLabel('ポリシーのファイルを選ぶ').setInputFiles(PACK_PATH);
	const preview = page.getByRole('region', { name: 'このポリシーを使いますか？' });
	await expect(preview).toContainText('例示商事株式会社');
	await expect(preview).toContainText('1項目を「必須」にします');
	await expect(preview).toContainText('使ってよい会議アプリ: Zoom');
	await expect(preview).toContainText('この端末で初めてのポリシーです。');
	await page.getByRole('button', { name: 'このポリシーを使う' }).click();
	await expect(page.getByTestId('pack-outcome')).toContainText(
		'この端末はいま「例示商事株式会社」の第3版に従っています'
	);
	await expect(page.getByTestId('active-version')).toHaveText('3');

	// An older version of the same organisation's policy is refused, and nothing changes.
	await page
		.getByLabel('ポリシーのファイルを選ぶ')
		.setInputFiles(asFile('old.json', { ...packJson(), packVersion: 2 }));
	await expect(page.getByRole('alert')).toContainText('いま従っているものより古い版です');
	await expect(page.getByTestId('active-version')).toHaveText('3');

	await page.goto(server.url + '/setup');
	await waitForApp(page, 'ja');
	await setUp(
		page,
		[
			['自分の（私物の）端末'],
			['パソコン', 'Windows'],
			['自宅のWi-Fi'],
			['自分だけの部屋'],
			['VPNで会社のネットワークにつなぐ'],
			['Zoom', 'Webex', 'Google Meet'],
			[]
		],
		'私物のノート'
	);
	// The organisation made the password manager MUST.
	await expect(
		page.locator(
			'section[aria-labelledby="tier-must"] article[data-item-id="use-password-manager"]'
		)
	).toBeVisible();
	const zoom = page.getByTestId('meeting-app-zoom');
	await expect(zoom).toContainText('組織が承認しています');
	await expect(zoom).toContainText('待機室');
	await expect(page.getByTestId('meeting-app-webex')).toContainText('組織はまだ判断していません');
	// Approved while one point is still being checked with the vendor: said so, never as a warning.
	const meet = page.getByTestId('meeting-app-google-meet');
	await expect(meet).toContainText('組織が承認しています');
	await expect(meet).toContainText('まだ確かめられていない点が1点');
	await expect(zoom).not.toContainText('まだ確かめられていない点');
	await expectNoViolations(page, 'org');

	// The help page lists the organisation's help desk from the same policy.
	await page.goto(server.url + '/help');
	await waitForApp(page, 'ja');
	const desks = page.getByTestId('help-desks');
	await expect(desks).toContainText('情報システム担当（山田）');
	await expect(desks).toContainText('+81 3-0000-0000');
});

test('a hostile or broken policy file is refused with the file and the field, and nothing changes', async ({
	page,
	server
}) => {
	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	const input = page.getByLabel('ポリシーのファイルを選ぶ');
	const hostile = readFileSync(PACK_PATH, 'utf8').replace(
		'"orgId"',
		'"__proto__": {"admin": true}, "orgId"'
	);
	await input.setInputFiles(asFile('evil.json', hostile));
	await expect(page.getByRole('alert')).toContainText('evil.json');
	await expect(page.getByRole('alert')).toContainText('__proto__');

	await input.setInputFiles(asFile('newer.json', { ...packJson(), formatVersion: 9 }));
	await expect(page.getByRole('alert')).toContainText(
		'ファイル「newer.json」: 新しい版のアプリで作られています（形式の版 9）。アプリを更新してから開いてください'
	);

	// A broken field is named by its label, in Japanese, with what it expects.
	const broken = packJson();
	broken.helpDesk[0].name.ja = '';
	broken.recheckDays = 0;
	await input.setInputFiles(asFile('broken.json', broken));
	await expect(page.getByRole('alert')).toContainText(
		'ファイル「broken.json」の相談窓口 1 件目の名前（日本語）: 入力してください（ほかに直すところが1件あります）'
	);

	const name = '<img src=x onerror=alert(1)>';
	await input.setInputFiles(asFile('xss.json', { ...packJson(), orgName: { ja: name, en: name } }));
	await expect(page.getByRole('region', { name: 'このポリシーを使いますか？' })).toContainText(
		name
	);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await page.getByRole('button', { name: 'やめる' }).click();
	await expect(page.getByTestId('active-policy')).toContainText('まだポリシーはありません');
	await expectNoViolations(page, 'org');
});

test('the dashboard shows an approved app whose vetting still needs checking, with the number of open points', async ({
	page,
	server
}) => {
	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	await page.getByLabel('ポリシーのファイルを選ぶ').setInputFiles(PACK_PATH);
	await page.getByRole('button', { name: 'このポリシーを使う' }).click();
	await expect(page.getByTestId('active-version')).toHaveText('3');

	// One employee's summary: a device that uses Google Meet and Zoom (sealed like the app does).
	const payload = JSON.parse(readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8'));
	delete payload.digest;
	payload.profile.context.meetingApps = ['google-meet', 'zoom'];
	const summary = JSON.stringify(sealSync(payload));
	await page.goto(server.url + '/summaries');
	await waitForApp(page, 'ja');
	await page
		.getByLabel('取り込むファイルを選ぶ（複数可）')
		.setInputFiles([
			{ name: 'meet.json', mimeType: 'application/json', buffer: Buffer.from(summary) }
		]);
	await page.getByRole('button', { name: '受け入れた1件を保存する' }).click();
	await expect(page.getByTestId('import-status')).toHaveText('✓ 保存しました。');

	await page.goto(server.url + '/dashboard');
	await waitForApp(page, 'ja');
	const apps = page.getByTestId('dash-apps');
	await expect(apps.locator('tr', { hasText: 'Google Meet' })).toContainText(
		'審査で要確認: 提供元に確かめる点 1'
	);
	await expect(apps.locator('tr', { hasText: 'Zoom' })).toContainText('承認済み');
	await expect(apps.locator('tr', { hasText: 'Zoom' })).not.toContainText('要確認');
});
