import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, test, waitForApp } from './fixtures';
import { DEVICES, answer, setUp } from './steps';

/** The local calendar day `days` from now, as the browser (same machine) counts it. */
function dayFromNow(days: number): string {
	const now = new Date();
	const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function saveSummary(page: Page, server: { url: string }, name: string): Promise<string> {
	await page.goto(server.url + '/summary');
	await waitForApp(page, 'ja');
	await page.getByLabel('お名前 （任意）').fill(name);
	await expect(page.getByTestId('summary-preview')).toContainText(name);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'ファイルを保存する' }).click();
	return readFileSync((await (await download).path()) ?? '', 'utf8');
}

async function importSummary(admin: Page, server: { url: string }, name: string, text: string) {
	await admin.goto(server.url + '/summaries');
	await waitForApp(admin, 'ja');
	await admin
		.getByLabel('取り込むファイルを選ぶ（複数可）')
		.setInputFiles([{ name, mimeType: 'application/json', buffer: Buffer.from(text) }]);
	await admin.getByRole('button', { name: '受け入れた1件を保存する' }).click();
	await expect(admin.getByTestId('import-status')).toHaveText('✓ 保存しました。');
	await admin.goto(server.url + '/dashboard');
	await waitForApp(admin, 'ja');
}

test('rules and due dates: the employee acknowledges the rules and adds the dates to a calendar; the admin sees who acknowledged and who is due, and reminds by mail', async ({
	page,
	browser,
	server
}) => {
	test.setTimeout(120_000);
	// The admin writes the rules, a 30-day interval and the organisation's check date, and publishes.
	const admin = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
	await admin.goto(server.url + '/org/edit');
	await waitForApp(admin, 'ja');
	await admin.getByLabel('組織の名前（日本語）').fill('例示商事');
	await admin.getByLabel('点検を見直す間隔（日、7〜730）').fill('30');
	const orgDay = dayFromNow(100);
	await admin.getByLabel('全員の点検日（任意）').fill(orgDay);
	await admin
		.getByLabel('きまりの文章（日本語、1万字まで）')
		.fill('1. 仕事は会社のパソコンでします。\n2. 顧客の情報は自宅で印刷しません。');
	await admin.getByRole('button', { name: '下書きを保存' }).click();
	await expect(admin.getByTestId('edit-status')).toContainText('下書きを保存しました');
	await admin.goto(server.url + '/org');
	await waitForApp(admin, 'ja');
	await admin.getByRole('button', { name: '第1版として公開し、ファイルを保存' }).click();
	await expect(admin.getByTestId('share-link')).toHaveValue(/#pack=/);
	const packLink = await admin.getByTestId('share-link').inputValue();

	// The employee follows the policy and sets up a device; the rules wait for them.
	await page.goto(packLink);
	await waitForApp(page, 'ja');
	await page.getByRole('button', { name: 'このポリシーを使う' }).click();
	await expect(page.getByTestId('active-org')).toHaveText('例示商事');
	await page.goto(server.url + '/setup');
	await waitForApp(page, 'ja');
	await setUp(page, DEVICES.personalLaptop, '私物のノート');
	await answer(page, 'os-auto-update', 'done');
	await page.goto(server.url + '/');
	await waitForApp(page, 'ja');
	const keep = page.getByTestId('keep-current');
	await expect(keep.getByTestId('rules-awaiting')).toContainText(
		'例示商事 のテレワークのきまり（第1版）'
	);
	await expect(keep.getByTestId('device-due')).toHaveAttribute('data-state', 'not-sent');

	// A summary sent before reading the rules says so, and the admin sees it.
	const before = await saveSummary(page, server, '山田');
	expect(JSON.parse(before)).toMatchObject({ formatVersion: 2, validUntil: dayFromNow(30) });
	expect(JSON.parse(before)).not.toHaveProperty('rulesAck');
	await importSummary(admin, server, 'before.json', before);
	const rules = admin.getByTestId('rules-report');
	await expect(rules.getByTestId('rules-rate')).toHaveText('第1版を確認した人: 0人 / 1人（0%）');
	const remindRules = rules.getByTestId('remind-rules');
	await expect(remindRules).toContainText('山田');
	const rulesMail = new URL((await remindRules.getByRole('link').getAttribute('href')) ?? '');
	expect(rulesMail.searchParams.get('subject')).toBe('テレワークのきまりの確認のお願い');
	expect(rulesMail.searchParams.get('body')).toContain('山田 さん');
	expect(rulesMail.searchParams.get('body')).toContain('第1版');
	await expect(admin.locator('dd[data-state="current"]')).toHaveText('1人');

	// The staff list: Sato has sent nothing; Yamada's reminder now has an address.
	await admin.getByText('社員の名簿（任意、この端末だけに保存）').click();
	await admin
		.getByLabel('名簿（名前とメールアドレス）')
		.fill('山田\tyamada@example.com\n佐藤, sato@example.com\n伊藤, ito@');
	await admin.getByRole('button', { name: '名簿を保存' }).click();
	await expect(admin.getByTestId('roster-status')).toHaveText(
		'2人の名簿を保存しました。 3 行目は読めなかったので、保存していません。'
	);
	const notSent = admin.getByTestId('remind-not-sent');
	await expect(notSent).toContainText('佐藤');
	const satoMail = new URL((await notSent.getByRole('link').getAttribute('href')) ?? '');
	expect(decodeURIComponent(satoMail.pathname)).toBe('sato@example.com');
	const yamadaMail = new URL((await remindRules.getByRole('link').getAttribute('href')) ?? '');
	expect(decodeURIComponent(yamadaMail.pathname)).toBe('yamada@example.com');
	await expectNoViolations(admin, 'dashboard with rules, due dates and a staff list');

	// The employee reads and acknowledges the rules: recorded, and kept after a reload.
	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	const teleworkRules = page.getByTestId('telework-rules');
	await expect(teleworkRules).toContainText('顧客の情報は自宅で印刷しません。');
	await teleworkRules.getByRole('button', { name: 'きまりを読みました。守ります' }).click();
	await expect(page.getByTestId('rules-status')).toContainText('確認を記録しました（第1版）');
	await expectNoViolations(page, 'policy page with its rules acknowledged');
	await page.reload();
	await waitForApp(page, 'ja');
	await expect(page.getByTestId('rules-status')).toContainText('第1版を確認しました');
	await expect(
		teleworkRules.getByRole('button', { name: 'きまりを読みました。守ります' })
	).toHaveCount(0);

	// The next summary carries the acknowledgement; the home page shows the due date.
	const after = await saveSummary(page, server, '山田');
	await expect(page.getByTestId('summary-rules')).toContainText('第1版を');
	expect(JSON.parse(after)).toMatchObject({ revision: 2, rulesAck: { version: 1 } });
	await page.goto(server.url + '/');
	await waitForApp(page, 'ja');
	await expect(keep.getByTestId('device-due')).toHaveAttribute('data-state', 'current');
	await expect(keep.getByTestId('rules-awaiting')).toHaveCount(0);
	const icsDownload = page.waitForEvent('download');
	await keep.getByRole('button', { name: 'カレンダーに期限を入れる' }).click();
	const ics = readFileSync((await (await icsDownload).path()) ?? '', 'utf8');
	const events = new ICAL.Component(ICAL.parse(ics))
		.getAllSubcomponents('vevent')
		.map((v) => new ICAL.Event(v));
	expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
		[dayFromNow(30), '点検の期限（私物のノート）'],
		[orgDay, '全員の点検日（例示商事）']
	]);
	expect(ics).toContain('BEGIN:VALARM');

	// The admin imports the new revision: everyone acknowledged, nobody to remind.
	await importSummary(admin, server, 'after.json', after);
	await expect(admin.getByTestId('rules-rate')).toHaveText('第1版を確認した人: 1人 / 1人（100%）');
	await expect(admin.getByTestId('rules-report')).toContainText('全員が確認しています。');
});
