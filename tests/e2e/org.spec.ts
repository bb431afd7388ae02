import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { sealSync } from '../fixtures/aggregate/synthetic';
import { expect, expectNoViolations, test, waitForApp } from './fixtures';
import { DEVICES, setUp } from './steps';

const PACK_PATH = 'tests/fixtures/formats/policy-pack-v3.json';
const packJson = () => JSON.parse(readFileSync(PACK_PATH, 'utf8'));
/** The fixture as the admin's "share" makes it: deflate-raw, base64url (encoded here, not by the app). */
const linkOf = (pack: unknown) =>
	'/org#pack=' + deflateRawSync(Buffer.from(JSON.stringify(pack))).toString('base64url');
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

	// The same version with another phone number is a conflict, never "the version you follow".
	const followed = page.getByTestId('active-policy').getByTestId('pack-fingerprint');
	await expect(followed).toHaveText(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
	const followedPrint = await followed.textContent();
	const changed = packJson();
	changed.helpDesk[0].phone = '+81 3-9999-9999';
	await page.getByLabel('ポリシーのファイルを選ぶ').setInputFiles(asFile('changed.json', changed));
	const conflict = page.getByRole('alert');
	await expect(conflict).toContainText(
		'いま従っているポリシーと同じ版の番号ですが、中身が違います。どちらが正しいか、管理者に確かめてください。'
	);
	await expect(conflict).toContainText(
		`ファイル「changed.json」: この端末が従っている第3版と同じ版ですが、中身が違います（確認用の番号: 読み込んだもの `
	);
	await expect(conflict).toContainText(`この端末のもの ${followedPrint}）`);
	await expect(page.getByText('いま従っているポリシーと同じ版です。')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'このポリシーを使う' })).toHaveCount(0);
	await expectNoViolations(page, 'org with a conflicting version');
	await page.getByRole('button', { name: 'English' }).click();
	await waitForApp(page, 'en');
	await expect(conflict).toContainText(
		'It has the same version number as the policy this device follows, but different content. Ask your admin which one is right.'
	);
	await page.getByRole('button', { name: '日本語' }).click();
	await waitForApp(page, 'ja');
	await expect(page.getByTestId('active-version')).toHaveText('3');
	await expect(followed).toHaveText(followedPrint!);

	await page.goto(server.url + '/setup');
	await waitForApp(page, 'ja');
	await setUp(
		page,
		{ ...DEVICES.personalLaptop, apps: ['Zoom', 'Webex', 'Google Meet'] },
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
	// The admin's console path is not for staff: one plain line says who does it.
	await expect(zoom.getByTestId('settings-by-admin')).toHaveText(
		'ほかの1件の設定は、管理者がします。'
	);
	await expect(zoom).not.toContainText('アカウント管理');
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

	// An own item on one of the app's ids would share its answer: refused, the item named.
	const shadow = packJson();
	shadow.extraItems[0].id = 'os-auto-update';
	await input.setInputFiles(asFile('shadow.json', shadow));
	await expect(page.getByRole('alert')).toContainText(
		'ファイル「shadow.json」の独自の項目 1 件目の項目のID: 「org-」で始まり'
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

test.describe('a policy link on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ja-JP' });

	test('shows the policy and the question first; after accepting, the checklist is one tap away', async ({
		page,
		server
	}) => {
		await page.goto(server.url + linkOf(packJson()));
		await waitForApp(page, 'ja');
		const preview = page.getByRole('region', { name: 'このポリシーを使いますか？' });
		await expect(
			preview.getByRole('heading', { name: 'このポリシーを使いますか？' })
		).toBeInViewport({ ratio: 1 });
		await expect(preview.getByTestId('preview-org')).toHaveText('例示商事株式会社');
		await expect(preview.getByTestId('preview-org')).toBeInViewport({ ratio: 1 });
		await expect(preview.getByTestId('pack-fingerprint')).toHaveText(
			/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/
		);
		await expect(preview).toContainText('使ってよい会議アプリ: Zoom');
		await expect(page.getByRole('button', { name: 'このポリシーを使う' })).toBeInViewport({
			ratio: 1
		});
		// Staff came by the link: no "no policy yet", and the admin's tools wait folded.
		await expect(page.getByText('まだポリシーはありません')).toHaveCount(0);
		await expect(page.getByText('管理者の方へ（ポリシーを作る・配る・集める）')).toBeVisible();
		await expect(page.getByRole('link', { name: 'ポリシーを作る' })).toBeHidden();
		// ...and so do the admin's steps in the header (admin-area.spec shows them on the admin's /org).
		await expect(page.getByRole('navigation', { name: '組織の管理の手順' })).toHaveCount(0);
		await expectNoViolations(page, 'org opened by a link');

		await page.getByRole('button', { name: 'このポリシーを使う' }).click();
		const next = page.getByRole('link', { name: 'チェックリストへ進む' });
		await expect(next).toBeInViewport({ ratio: 1 });
		await expect(page.getByTestId('linked-outcome')).toContainText('「例示商事株式会社」の第3版');
		await expectNoViolations(page, 'org after following a link');
		// No device yet: the checklist starts with the set-up.
		await next.click();
		await expect(page).toHaveURL(/\/setup$/);
		await waitForApp(page, 'ja');
		await setUp(page, DEVICES.personalLaptop, '私物のノート');

		// With a device, the same link (same version now) leads straight to the checklist.
		await page.goto(server.url + linkOf(packJson()));
		await waitForApp(page, 'ja');
		await expect(page.getByText('いま従っているポリシーと同じ版です。')).toBeVisible();
		await page.getByRole('button', { name: 'このポリシーを使う' }).click();
		await page.getByRole('link', { name: 'チェックリストへ進む' }).click();
		await expect(page).toHaveURL(/\/checklist\/employee$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('あなたのチェックリスト');
	});

	test('a link with the version this device follows but other content is refused as a conflict', async ({
		page,
		server
	}) => {
		await page.goto(server.url + linkOf(packJson()));
		await waitForApp(page, 'ja');
		await page.getByRole('button', { name: 'このポリシーを使う' }).click();
		await expect(page.getByTestId('linked-outcome')).toContainText('「例示商事株式会社」の第3版');

		const changed = packJson();
		changed.helpDesk[0].phone = '+81 3-9999-9999';
		await page.goto(server.url + linkOf(changed));
		await waitForApp(page, 'ja');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('このリンクのポリシーは使えません');
		await expect(alert).toContainText('同じ版の番号ですが、中身が違います');
		await expect(alert).toContainText('この端末が従っている第3版と同じ版ですが、中身が違います');
		await expect(alert).toContainText('いまのポリシーのまま使えます');
		await expect(page.getByRole('button', { name: 'このポリシーを使う' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'チェックリストへ進む' })).toBeVisible();
		await expectNoViolations(page, 'org link with a conflicting version');

		await page.goto(server.url + '/help');
		await waitForApp(page, 'ja');
		await expect(page.getByTestId('help-desks')).toContainText('+81 3-0000-0000');
		await expect(page.getByTestId('help-desks')).not.toContainText('9999');
	});

	test('declining or a cut link says so and offers what to do; nothing is stored', async ({
		page,
		server
	}) => {
		await page.goto(server.url + linkOf(packJson()));
		await waitForApp(page, 'ja');
		await page.getByRole('button', { name: '使わない' }).click();
		const linked = page.getByTestId('linked-policy');
		await expect(linked).toContainText('このポリシーは使いませんでした');
		await expect(linked).toContainText('この端末は何も変わっていません');
		await expect(
			linked.getByRole('link', { name: 'ポリシーなしでチェックリストへ進む' })
		).toBeVisible();
		await linked.getByRole('button', { name: 'もう一度見る' }).click();
		await expect(page.getByRole('region', { name: 'このポリシーを使いますか？' })).toBeVisible();
		await page.getByRole('button', { name: '使わない' }).click();
		await expect(linked).toContainText('このポリシーは使いませんでした');
		await page.reload();
		await waitForApp(page, 'ja');
		await expect(page.getByTestId('active-policy')).toContainText('まだポリシーはありません');

		// A link cut short in a mail: said plainly, in Japanese, with what to do instead.
		const link = linkOf(packJson());
		await page.goto(server.url + link.slice(0, link.length - 40));
		await waitForApp(page, 'ja');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('このリンクのポリシーは使えません');
		await expect(alert).toContainText('最後まで全部コピー');
		await expect(alert).not.toContainText('damaged');
		await expect(page.getByLabel('ポリシーのファイルを選ぶ')).toBeVisible();
		await expectNoViolations(page, 'org with a broken link');
	});
});
