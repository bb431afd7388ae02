import { readFileSync } from 'node:fs';
import { expect, expectNoViolations, test, waitForApp } from './fixtures';
import { sealSync } from '../fixtures/aggregate/synthetic';
import { DEVICES, answer, setUp } from './steps';

const VALID = readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8');
const json = (name: string, text: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text)
});

/** Twenty files an importer must refuse, each for its own reason. */
function hostileFiles() {
	const v = JSON.parse(VALID);
	const bad: [string, string][] = [
		['proto.json', VALID.replace('"format"', '"__proto__": {"x": 1}, "format"')],
		['deep-proto.json', VALID.replace('"ref"', '"a": {"b": {"__proto__": 1}}, "ref"')],
		['constructor.json', VALID.replace('"id"', '"constructor": 1, "id"')],
		['truncated.json', VALID.slice(0, 300)],
		['deep.json', '['.repeat(5000) + ']'.repeat(5000)],
		['not-json.json', 'hello'],
		['empty.json', ''],
		['array.json', '[]'],
		['wrong-format.json', JSON.stringify({ ...v, format: 'telework-check-backup' })],
		['newer.json', JSON.stringify({ ...v, formatVersion: 99 })],
		['extra-key.json', JSON.stringify({ ...v, score: 100 })],
		['tampered.json', VALID.replace('"status": "unknown"', '"status": "done"')],
		['bad-digest.json', JSON.stringify({ ...v, digest: 'x' })],
		['huge-number.json', VALID.replace('"revision": 1', '"revision": 1e400')],
		['bidi.json', JSON.stringify({ ...v, profile: { ...v.profile, ref: 'a\u202Eb' } })],
		[
			'bad-status.json',
			JSON.stringify({ ...v, answers: [{ ...v.answers[0], status: 'perfect' }] })
		],
		[
			'long-name.json',
			JSON.stringify({ ...v, respondent: { ...v.respondent, name: 'x'.repeat(500) } })
		],
		['control.json', JSON.stringify({ ...v, appVersion: 'a\u0007b' })],
		['null.json', 'null'],
		['bad-utf8.json', '\u00ff\u00fe']
	];
	return bad.map(([name, text]) =>
		name === 'bad-utf8.json'
			? { name, mimeType: 'application/json', buffer: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }
			: json(name, text)
	);
}

test('admin publishes a policy as a link; the employee follows it, previews and sends a summary; the admin imports it with 20 hostile files', async ({
	page,
	browser,
	server
}) => {
	// The admin, in their own browser, writes a policy that requires names and publishes it.
	const admin = await browser.newContext({ locale: 'ja-JP' });
	const adminPage = await admin.newPage();
	const requests: string[] = [];
	for (const context of [admin, page.context()])
		context.on('request', (r) => requests.push(r.url()));
	await adminPage.goto(server.url + '/org/edit');
	await waitForApp(adminPage, 'ja');
	await adminPage.getByLabel('組織の名前（日本語）').fill('例示商事');
	await adminPage.getByRole('group', { name: '社員の名前' }).getByLabel('必ず入れてもらう').check();
	await adminPage.getByRole('button', { name: '下書きを保存' }).click();
	await expect(adminPage.getByTestId('edit-status')).toContainText('下書きを保存しました');
	await adminPage.goto(server.url + '/org');
	await waitForApp(adminPage, 'ja');
	await adminPage.getByRole('button', { name: '第1版として公開し、ファイルを保存' }).click();
	// The share panel loads lazily: wait for the link before reading it.
	await expect(adminPage.getByTestId('share-link')).toHaveValue(/#(pack|summary)=/);
	const packLink = await adminPage.getByTestId('share-link').inputValue();
	expect(packLink).toContain('/org#pack=');
	const adminPrint = adminPage.getByTestId('active-policy').getByTestId('pack-fingerprint');
	await expect(adminPrint).toHaveText(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);

	// The employee opens the link, sees the same fingerprint, follows it and sets up a device.
	await page.goto(packLink);
	await waitForApp(page, 'ja');
	await expect(page.getByTestId('pack-fingerprint')).toHaveText(
		(await adminPrint.textContent()) ?? 'missing'
	);
	await page.getByRole('button', { name: 'このポリシーを使う' }).click();
	await expect(page.getByTestId('active-org')).toHaveText('例示商事');
	await page.goto(server.url + '/setup');
	await waitForApp(page, 'ja');
	await setUp(page, DEVICES.personalLaptop, '私物のノート');
	await answer(page, 'os-auto-update', 'done');
	await page.getByRole('link', { name: 'この端末の状況を会社の担当の人に送る' }).click();
	await waitForApp(page, 'ja');
	const preview = page.getByTestId('summary-preview');
	await expect(preview.getByRole('alert')).toContainText('組織の決まりで必要です: お名前');
	const name = '<img src=x onerror=alert(1)>';
	await page.getByLabel('お名前 （必須）').fill(name);
	await expect(preview).toContainText(name);
	await preview.getByText('ファイルの中身をそのまま見る').click();
	const exact = await page.getByTestId('summary-json').textContent();
	expect(exact).toContain('"os-auto-update"');
	expect(exact).not.toContain('私物のノート');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'ファイルを保存する' }).click();
	const file = await download;
	const summaryText = readFileSync((await file.path()) ?? '', 'utf8');
	expect(JSON.parse(summaryText)).toEqual(JSON.parse(exact ?? '{}'));
	await expect(page.getByTestId('summary-saved')).toContainText('保存しました');
	// The same summary as a link (and its QR code), for mail or chat.
	await page.getByRole('button', { name: 'リンクかQRコードで送る' }).click();
	// A QR code only while it stays scannable (version 20); a longer summary says to use the file.
	await expect(
		page.getByRole('img', { name: '状況のリンクのQRコード' }).or(page.getByTestId('qr-too-long'))
	).toBeVisible();
	// The share panel loads lazily: wait for the link before reading it.
	await expect(page.getByTestId('share-link')).toHaveValue(/#(pack|summary)=/);
	const link = await page.getByTestId('share-link').inputValue();
	expect(link).toContain('/summaries#summary=');

	// The admin drops it with twenty hostile files.
	await adminPage.goto(server.url + '/summaries');
	await waitForApp(adminPage, 'ja');
	await adminPage
		.getByLabel('取り込むファイルを選ぶ（複数可）')
		.setInputFiles([json(file.suggestedFilename(), summaryText), ...hostileFiles()]);
	await expect(adminPage.getByTestId('import-status')).toHaveText(
		'検査の結果: 受け入れ 1件、そのほか 20件'
	);
	const report = adminPage.getByTestId('import-report');
	await expect(report.locator('tr[data-kind="accepted"]')).toHaveCount(1);
	await expect(report.locator('tr[data-kind="rejected"]')).toHaveCount(20);
	await expect(report.locator('tr', { hasText: 'proto.json' }).first()).toContainText('__proto__');
	await expect(report.locator('tr', { hasText: 'tampered.json' })).toContainText(
		'作られたあとに内容が変わっています'
	);
	await expect(report.locator('tr', { hasText: 'bad-status.json' })).toContainText(
		'回答 1 件目の状態: 決められた選択肢から選んでください'
	);
	await expect(report).not.toContainText('answers[');
	await expectNoViolations(adminPage, 'import report');
	await adminPage.getByRole('button', { name: '受け入れた1件を保存する' }).click();
	await expect(adminPage.getByTestId('import-status')).toHaveText('✓ 保存しました。');
	const stored = adminPage.getByTestId('stored-summaries');
	await expect(stored).toContainText(name);
	await expect(adminPage.locator('img[src="x"]')).toHaveCount(0);

	// The same file again is recognised as a duplicate and changes nothing.
	await adminPage
		.getByLabel('取り込むファイルを選ぶ（複数可）')
		.setInputFiles([json('again.json', summaryText)]);
	await expect(
		adminPage.getByTestId('import-report').locator('tr[data-kind="duplicate"]')
	).toHaveCount(1);

	// The link carries the very same summary: opened by the admin, it is that duplicate too, and
	// the data leaves the address bar. A damaged link is refused.
	await adminPage.goto(link);
	await waitForApp(adminPage, 'ja');
	await expect(
		adminPage.getByTestId('import-report').locator('tr[data-kind="duplicate"]')
	).toContainText('リンク');
	expect(adminPage.url()).not.toContain('#summary=');
	await adminPage.goto(link.slice(0, -20) + '!!');
	await waitForApp(adminPage, 'ja');
	await expect(
		adminPage.getByTestId('import-report').locator('tr[data-kind="rejected"]')
	).toContainText('リンクが壊れているか、途中で切れています');
	const origin = new URL(server.url).origin;
	expect(
		requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)
	).toEqual([]);
	await admin.close();
});

const ORGLESS = {
	ja: {
		org: '/org',
		chooseFile: 'ポリシーのファイルを選ぶ',
		confirm: 'このポリシーを使う',
		choose: '取り込むファイルを選ぶ（複数可）',
		status: '検査の結果: 受け入れ 1件、そのほか 2件',
		without: '組織のポリシーなしで作られた状況です',
		otherOrg: '別の組織（ID: someone-else）のポリシーで作られた状況です',
		broken: 'OS: この種類の端末では動かないOSです',
		save: '受け入れた1件を保存する',
		mark: '組織のポリシーなしで作成'
	},
	en: {
		org: '/org',
		chooseFile: 'Choose a policy file',
		confirm: 'Follow this policy',
		choose: 'Choose the files to import (several at once)',
		status: 'Result: 1 accepted, 2 other',
		without: 'Made without your policy',
		otherOrg: "Made under another organisation's policy (id: someone-else)",
		broken: 'OS: this OS does not run on this type of device',
		save: 'Store the accepted one',
		mark: 'made without your policy'
	}
} as const;

for (const lang of ['ja', 'en'] as const) {
	test.describe(lang, () => {
		test.use({ locale: lang === 'ja' ? 'ja-JP' : 'en-US' });

		test("a summary made without any policy is accepted and marked; another organisation's is refused in plain words", async ({
			page,
			server
		}) => {
			const text = ORGLESS[lang];
			await page.goto(server.url + text.org);
			await waitForApp(page, lang);
			await page
				.getByLabel(text.chooseFile)
				.setInputFiles('tests/fixtures/formats/policy-pack-v3.json');
			await page.getByRole('button', { name: text.confirm }).click();
			await expect(page.getByTestId('active-version')).toHaveText('3');

			const v = JSON.parse(VALID);
			delete v.digest;
			const { org, ...orgless } = v;
			const otherOrg = { ...v, org: { ...org, orgId: 'someone-else' }, revision: 2 };
			const broken = {
				...v,
				respondent: { ...v.respondent, id: 'r-00000000000000ff' },
				profile: { ...v.profile, context: { ...v.profile.context, os: 'ios' } }
			};
			await page.goto(server.url + '/summaries');
			await waitForApp(page, lang);
			await page
				.getByLabel(text.choose)
				.setInputFiles([
					json('no-policy.json', JSON.stringify(sealSync(orgless))),
					json('other-org.json', JSON.stringify(sealSync(otherOrg))),
					json('broken.json', JSON.stringify(sealSync(broken)))
				]);
			await expect(page.getByTestId('import-status')).toHaveText(text.status);
			const report = page.getByTestId('import-report');
			await expect(report.locator('tr[data-kind="accepted"]')).toContainText(text.without);
			await expect(report.locator('tr', { hasText: 'other-org.json' })).toContainText(
				text.otherOrg
			);
			await expect(report.locator('tr', { hasText: 'broken.json' })).toContainText(text.broken);
			await expect(report).not.toContainText('org.orgId');
			await expect(report).not.toContainText('profile.context');
			await expectNoViolations(page, `import report with a summary without policy (${lang})`);

			await page.getByRole('button', { name: text.save }).click();
			await expect(page.getByTestId('stored-summaries')).toContainText(text.mark);
		});
	});
}

test('without a policy, the summary page says the summary is tied to no organisation and what to do first', async ({
	page,
	server
}) => {
	await page.goto(server.url + '/setup');
	await waitForApp(page, 'ja');
	await setUp(page, DEVICES.personalLaptop, '私物のノート');
	await page.goto(server.url + '/summary');
	await waitForApp(page, 'ja');
	const note = page.getByTestId('summary-org');
	await expect(note).toContainText('どの組織にも結びつかない状況になり');
	await expect(note).toContainText('先に管理者からポリシーのリンク');
	await note.getByRole('link', { name: 'ポリシーのリンクやファイルを開く' }).click();
	await expect(page).toHaveURL(/\/org$/);
});

test('a name typed quickly and saved at once: the preview and the file hold the final name', async ({
	page,
	server
}) => {
	await page.goto(server.url + '/setup');
	await waitForApp(page, 'ja');
	await setUp(page, DEVICES.companyLaptop, '仕事用');
	// Counts the reads of the answers store, to show that typing does not read them again.
	await page.addInitScript(() => {
		const w = window as unknown as { answerReads: number };
		w.answerReads = 0;
		const getAll = IDBObjectStore.prototype.getAll;
		IDBObjectStore.prototype.getAll = function (...args: Parameters<typeof getAll>) {
			if (this.name === 'answers') w.answerReads += 1;
			return getAll.apply(this, args);
		};
	});
	const answerReads = () =>
		page.evaluate(() => (window as unknown as { answerReads: number }).answerReads);
	await page.goto(server.url + '/summary');
	await waitForApp(page, 'ja');
	const preview = page.getByTestId('summary-preview');
	await expect(preview.getByRole('button', { name: 'ファイルを保存する' })).toBeVisible();
	const readsOnOpening = await answerReads();
	expect(readsOnOpening).toBeGreaterThan(0);
	const final = 'Yamada Hanako';
	await page.getByLabel('お名前 （任意）').pressSequentially(final, { delay: 15 });
	// Saved before the preview caught up with the typing: the file still holds the whole name.
	const download = page.waitForEvent('download');
	await preview.getByRole('button', { name: 'ファイルを保存する' }).click();
	const sent = JSON.parse(readFileSync((await (await download).path()) ?? '', 'utf8'));
	expect(sent.respondent.name).toBe(final);
	await expect(page.getByTestId('summary-saved')).toContainText('保存しました');
	await expect(preview.locator('dd').first()).toHaveText(final);
	await preview.getByText('ファイルの中身をそのまま見る').click();
	expect(JSON.parse((await page.getByTestId('summary-json').textContent()) ?? '{}')).toEqual(sent);
	expect(await answerReads()).toBe(readsOnOpening);
});
