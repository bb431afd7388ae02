import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/node/read-checklists';
import { HAND_COUNT, HOSTILE_NAME, handCountedSummaries } from '../fixtures/aggregate/hand-counted';
import { syntheticSummaries } from '../fixtures/aggregate/synthetic';
import { expect, expectNoViolations, test, waitForApp } from './fixtures';

const file = (name: string, text: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text)
});

/** Ten files the import must refuse; they must not change a single number. */
function hostile(valid: string) {
	const v = JSON.parse(valid);
	return [
		file('proto.json', valid.replace('"format"', '"__proto__": {"x": 1}, "format"')),
		file('truncated.json', valid.slice(0, 200)),
		file('deep.json', '['.repeat(5000) + ']'.repeat(5000)),
		file('newer.json', JSON.stringify({ ...v, formatVersion: 9 })),
		file('score.json', JSON.stringify({ ...v, score: 100 })),
		file('tampered.json', JSON.stringify({ ...v, revision: v.revision + 1 })),
		file('formula.json', JSON.stringify({ ...v, respondent: { id: '=cmd|calc' } })),
		file('empty.json', ''),
		file('null.json', 'null'),
		file('backup.json', JSON.stringify({ ...v, format: 'telework-check-backup' }))
	];
}

test('the admin imports seven hand-counted summaries and 10 hostile files; the dashboard shows the hand-counted numbers, and prints', async ({
	page,
	server
}) => {
	const content = await loadContent('checklists');
	const texts = handCountedSummaries(content, new Date()).map((s) => JSON.stringify(s));
	const title = (itemId: string) => content.items.find((i) => i.id === itemId)!.title;
	const { screenLock } = HAND_COUNT;

	const requests: string[] = [];
	page.context().on('request', (r) => requests.push(r.url()));
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
	await page.goto(server.url + '/summaries');
	await waitForApp(page, 'ja');
	await page
		.getByLabel('取り込むファイルを選ぶ（複数可）')
		.setInputFiles([
			...texts.map((text, i) => file(`summary-${i}.json`, text)),
			...hostile(texts[0]!)
		]);
	await expect(page.getByTestId('import-status')).toHaveText(
		'検査の結果: 受け入れ 7件、そのほか 10件'
	);
	await page.getByRole('button', { name: '受け入れた7件を保存する' }).click();
	await expect(page.getByTestId('import-status')).toHaveText('✓ 保存しました。');
	await page.getByRole('link', { name: '組織の状況を見る' }).click();
	await waitForApp(page, 'ja');

	// The hostile files changed nothing: every number is the hand count of the seven.
	await expect(page.getByTestId('dash-meta')).toContainText(
		`回答者 ${HAND_COUNT.respondents}人・端末 ${HAND_COUNT.devices}台`
	);
	await expect(page.getByTestId('org-meter')).toContainText(`${HAND_COUNT.allMustDonePercent}%`);
	await expect(page.getByTestId('org-meter')).toContainText(
		`${HAND_COUNT.allMustDone} / ${HAND_COUNT.devices}台`
	);
	const rows = page.getByTestId('item-table').locator('tbody tr');
	await expect(rows.nth(0)).toHaveAttribute('data-item-id', screenLock.itemId);
	await expect(rows.nth(1)).toHaveAttribute('data-item-id', HAND_COUNT.routerPassword.itemId);
	// Done (share of counted), not yet, don't know, re-check, no answer, exception, n/a.
	await expect(rows.nth(0).locator('td.num')).toHaveText([
		`${screenLock.done} (${screenLock.donePercent}%)`,
		String(screenLock.notYet),
		String(screenLock.unknown),
		String(screenLock.stale),
		String(screenLock.unanswered),
		String(screenLock.waived),
		String(screenLock.notApplicable)
	]);
	// Who to ask (closed until clicked): B not yet, C don't know, F no answer.
	const who = rows.nth(0).locator('details');
	await expect(who.locator('summary')).toHaveText(`${screenLock.open}件を見る`);
	await expect(who).not.toHaveAttribute('open');
	await who.locator('summary').click();
	await expect(who.locator('.group')).toHaveText(['まだ', 'わからない', '未回答']);
	await expect(who.locator('li')).toHaveText([
		'佐藤 一郎（端末 device-b）',
		'鈴木 美咲（端末 device-c）',
		`${HOSTILE_NAME}（端末 device-f）`
	]);
	const steps = page.getByTestId('next-steps').locator(':scope > li');
	await expect(steps).toHaveCount(HAND_COUNT.nextSteps.length);
	await expect(steps.locator('.title')).toContainText(
		HAND_COUNT.nextSteps.map((id) => title(id).ja)
	);
	await expect(steps.first()).toContainText(
		`${screenLock.open}台で未対応（対象 ${HAND_COUNT.devices}台）`
	);
	// Small groups never reach the page, nor one that the total minus the others would give.
	const breakdowns = page.getByTestId('breakdowns');
	await expect(breakdowns.locator('table')).toHaveCount(HAND_COUNT.groupsShown);
	await expect(breakdowns.locator('tbody td.num')).toHaveText(
		Array(HAND_COUNT.groupsShown).fill(String(HAND_COUNT.groupDevices))
	);
	await expect(breakdowns).not.toContainText(HAND_COUNT.hiddenDepartment);
	const zoom = page.getByTestId('dash-apps').locator('tr[data-status="undecided"]');
	await expect(zoom.locator('td.num')).toHaveText([
		String(HAND_COUNT.zoom.devices),
		String(HAND_COUNT.zoom.people)
	]);
	await expectNoViolations(page, 'dashboard (ja)');

	// Exports: the CSV opens in Japanese Excel (BOM, CRLF) and the action plan names the first gap.
	const csvDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: '項目ごとの表（CSV）' }).click();
	const csv = readFileSync((await (await csvDownload).path()) ?? '', 'utf8');
	expect(csv.startsWith('\ufeff項目ID,項目,カテゴリー,必須・推奨,')).toBe(true);
	expect(csv.split('\r\n')[1]).toContain(screenLock.itemId);
	// For tools: the stable snake_case header, on request.
	await page.getByLabel('ツール用の英語見出し（CSV）').check();
	const toolDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: '項目ごとの表（CSV）' }).click();
	const toolCsv = readFileSync((await (await toolDownload).path()) ?? '', 'utf8');
	expect(toolCsv.startsWith('\ufeffitem_id,title,category,tier,')).toBe(true);
	const planDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: '行動計画（テキスト）' }).click();
	const planFile = await planDownload;
	expect(planFile.suggestedFilename()).toMatch(/^telework-check-action-plan-[\d-]+\.txt$/);
	const plan = readFileSync((await planFile.path()) ?? '', 'utf8');
	expect(plan).not.toMatch(/^#/m);
	expect(plan).toContain(title(screenLock.itemId).ja);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: '印刷する' })).toBeHidden();
	const bars = page.getByTestId('breakdowns').locator('svg');
	await expect(bars.first()).toBeVisible();
	expect((await bars.first().boundingBox())?.width).toBeGreaterThan(20);
	await expectNoViolations(page, 'dashboard print view');
	await page.emulateMedia({ media: 'screen' });

	await page.getByRole('button', { name: 'English' }).click();
	await waitForApp(page, 'en');
	await expect(page.getByTestId('dash-meta')).toContainText(
		`${HAND_COUNT.respondents} respondents · ${HAND_COUNT.devices} devices`
	);
	await expectNoViolations(page, 'dashboard (en)');

	// Every drill-down open: the name appears as typed, and no element was made of it.
	await page.getByRole('button', { name: /Show all items/ }).click();
	const onScreen = await page.getByTestId('item-table').locator('tr[data-item-id]').count();
	expect(onScreen).toBeGreaterThan(10);
	await page
		.getByTestId('item-table')
		.locator('details')
		.evaluateAll((list) => list.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	await expect(page.getByTestId('item-table').getByText(HOSTILE_NAME).first()).toBeVisible();
	// On paper: every item of the screen, area by area, and no one's name (the drill-down stays
	// on screen).
	await page.emulateMedia({ media: 'print' });
	const printed = page.getByTestId('item-table-print');
	await expect(printed.locator('tr[data-item-id]')).toHaveCount(onScreen);
	await expect(printed).not.toContainText(HOSTILE_NAME);
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	// The owner's page puts their own items and the company's posture side by side.
	await page.goto(server.url + '/checklist/owner');
	await waitForApp(page, 'en');
	const overview = page.getByTestId('owner-overview');
	await expect(overview.getByTestId('owner-own')).toContainText('Your own items as owner');
	await expect(overview.getByTestId('org-meter')).toContainText(
		`${HAND_COUNT.allMustDone} of ${HAND_COUNT.devices} devices`
	);
	const ownerSteps = overview.getByTestId('next-steps').locator(':scope > li');
	await expect(ownerSteps).toHaveCount(HAND_COUNT.nextSteps.length);
	await expect(ownerSteps.locator('.title')).toContainText(
		HAND_COUNT.nextSteps.map((id) => title(id).en)
	);
	await expectNoViolations(page, 'owner overview (en)');

	// No policy decides on Zoom yet: its row links straight to vetting it.
	await page.goto(server.url + '/dashboard');
	await waitForApp(page, 'en');
	await page
		.getByTestId('dash-apps')
		.locator('tr[data-status="undecided"]')
		.getByRole('link', { name: /^Vet it\W+Zoom$/ })
		.click();
	await waitForApp(page, 'en');
	await expect(
		page.getByRole('heading', { name: /^Check Zoom Workplace .* against the criteria$/ })
	).toBeFocused();

	expect(dialogs).toEqual([]);
	const origin = new URL(server.url).origin;
	expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual(
		[]
	);
});

test('two hundred summaries from 133 people all reach the dashboard, and no group there is small', async ({
	page,
	server
}) => {
	const content = await loadContent('checklists');
	const summaries = syntheticSummaries({ content, count: 200, now: new Date(), seed: 42 });
	await page.goto(server.url + '/summaries');
	await waitForApp(page, 'ja');
	await page
		.getByLabel('取り込むファイルを選ぶ（複数可）')
		.setInputFiles([...summaries].map((s, i) => file(`summary-${i}.json`, JSON.stringify(s))));
	await expect(page.getByTestId('import-status')).toHaveText(
		'検査の結果: 受け入れ 200件、そのほか 0件'
	);
	await page.getByRole('button', { name: '受け入れた200件を保存する' }).click();
	await expect(page.getByTestId('import-status')).toHaveText('✓ 保存しました。');
	await page.getByRole('link', { name: '組織の状況を見る' }).click();
	await waitForApp(page, 'ja');
	// Counted from how the generator numbers them: a device per summary, and device d belongs to
	// person ⌊2d/3⌋, so devices 0–199 belong to people 0–132.
	await expect(page.getByTestId('dash-meta')).toContainText('回答者 133人・端末 200台');
	const counts = await page.getByTestId('breakdowns').locator('tbody td.num').allTextContents();
	expect(counts.length).toBeGreaterThan(0);
	for (const count of counts) expect(Number(count)).toBeGreaterThanOrEqual(5);
});

test('when many people are overdue, the dashboard names the first 50 to remind and the rest on request', async ({
	page,
	server
}) => {
	const content = await loadContent('checklists');
	// Made 100 to 250 days ago: every one of the 133 people is past the 90 days of the policy.
	const made = new Date(Date.now() - 100 * 24 * 60 * 60 * 1000);
	const summaries = syntheticSummaries({ content, count: 200, now: made, seed: 7 });
	await page.goto(server.url + '/summaries');
	await waitForApp(page, 'ja');
	await page
		.getByLabel('取り込むファイルを選ぶ（複数可）')
		.setInputFiles([...summaries].map((s, i) => file(`summary-${i}.json`, JSON.stringify(s))));
	await page.getByRole('button', { name: '受け入れた200件を保存する' }).click();
	await expect(page.getByTestId('import-status')).toHaveText('✓ 保存しました。');
	// The stored list names the first 50 and counts them all; the rest come on request.
	const stored = page.getByRole('region', { name: '取り込み済みの状況: 200件' });
	await expect(stored.locator('tbody tr')).toHaveCount(50);
	await expect(stored).toContainText('ほかに150件あります');
	await stored.getByRole('button', { name: 'すべて表示する' }).click();
	await expect(stored.locator('tbody tr')).toHaveCount(200);
	await expect(stored.getByRole('button', { name: 'すべて表示する' })).toHaveCount(0);
	await page.getByRole('link', { name: '組織の状況を見る' }).click();
	await waitForApp(page, 'ja');
	const section = page.getByRole('region', { name: '点検の期限と、声をかける人' });
	const count = (state: string) => section.locator(`dd[data-state="${state}"]`);
	await expect(count('expired')).toHaveText('133人');
	await expect(count('current')).toHaveText('0人');
	const due = section.getByTestId('remind-due');
	await expect(due.locator('li')).toHaveCount(50);
	await expect(section).toContainText('ほかに83人います。');
	// Each person has a mail with the subject and body filled in.
	const mail = new URL((await due.getByRole('link').first().getAttribute('href'))!);
	expect(mail.protocol).toBe('mailto:');
	expect(mail.searchParams.get('subject')).toBe('テレワークのセキュリティ点検のお願い');
	expect(mail.searchParams.get('body')).toMatch(/期限（.+）が過ぎています/);
	await expectNoViolations(page, 'dashboard, people to remind cut at 50');
	await section.getByRole('button', { name: '全員を表示する' }).click();
	await expect(due.locator('li')).toHaveCount(133);
	await expect(section.getByRole('button', { name: '全員を表示する' })).toHaveCount(0);
});
