import { readFileSync } from 'node:fs';
import { createAggregator } from '../../src/lib/domain/aggregate/aggregator';
import { loadContent } from '../../src/lib/node/read-checklists';
import { sealSync, syntheticSummaries } from '../fixtures/aggregate/synthetic';
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

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

test('the admin imports 200 summaries and 10 hostile files; the dashboard shows the numbers a recount gives, and prints', async ({
	page,
	server
}) => {
	const content = await loadContent('checklists');
	const now = new Date();
	const summaries = [...syntheticSummaries({ content, count: 200, now, seed: 42 })];
	// One respondent's name is markup: it must stay text in the list, the drill-down and print.
	const named = summaries[0]!.respondent.id;
	for (const [i, { digest, ...unsealed }] of summaries.entries()) {
		if (unsealed.respondent.id !== named) continue;
		expect(digest).toMatch(/^[0-9a-f]{64}$/);
		summaries[i] = sealSync({
			...unsealed,
			respondent: { ...unsealed.respondent, name: HOSTILE_NAME }
		});
	}
	const expected = createAggregator({ content, now });
	for (const summary of summaries) expected.add(summary);
	const report = expected.result();
	const texts = summaries.map((s) => JSON.stringify(s));

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
		'検査の結果: 受け入れ 200件、そのほか 10件'
	);
	await page.getByRole('button', { name: '受け入れた200件を保存する' }).click();
	await expect(page.getByTestId('import-status')).toHaveText('✓ 保存しました。');
	await page.getByRole('link', { name: '組織の状況を見る' }).click();
	await waitForApp(page, 'ja');

	await expect(page.getByTestId('dash-meta')).toContainText(
		`回答者 ${report.totals.respondents}人・端末 ${report.totals.profiles}台`
	);
	await expect(page.getByTestId('org-meter')).toContainText(
		`${report.mustCoverage.allDone} / ${report.totals.profiles}台`
	);
	const worst = report.items[0]!;
	const firstRow = page.getByTestId('item-table').locator('tbody tr').first();
	await expect(firstRow).toHaveAttribute('data-item-id', worst.itemId);
	await expect(firstRow.locator('td').nth(1)).toHaveText(String(worst.counts.notYet));
	await expect(page.getByTestId('next-steps').locator(':scope > li')).toHaveCount(
		Math.min(3, report.items.filter((r) => r.open > 0).length)
	);
	// Small groups never reach the page: every group shown has at least five devices.
	const counts = await page.getByTestId('breakdowns').locator('tbody td.num').allTextContents();
	expect(counts.length).toBeGreaterThan(0);
	for (const count of counts) expect(Number(count)).toBeGreaterThanOrEqual(5);
	await expectNoViolations(page, 'dashboard (ja)');

	// Exports: the CSV opens in Japanese Excel (BOM, CRLF) and the action plan names the first gap.
	const csvDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: '項目ごとの表（CSV）' }).click();
	const csv = readFileSync((await (await csvDownload).path()) ?? '', 'utf8');
	expect(csv.startsWith('\ufeff項目ID,項目,カテゴリー,必須・推奨,')).toBe(true);
	expect(csv.split('\r\n')[1]).toContain(worst.itemId);
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
	const firstStep = await page.getByTestId('next-steps').locator('.title').first().textContent();
	expect(plan).toContain((firstStep ?? 'missing').replace(/^\s*必須\s*/, '').trim());

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
		`${report.totals.respondents} respondents · ${report.totals.profiles} devices`
	);
	await expectNoViolations(page, 'dashboard (en)');

	// Every drill-down open: the name appears as typed, and no element was made of it.
	await page.getByRole('button', { name: /Show all items/ }).click();
	await page
		.getByTestId('item-table')
		.locator('details')
		.evaluateAll((list) => list.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	await expect(page.getByTestId('item-table').getByText(HOSTILE_NAME).first()).toBeVisible();
	// On paper: every item, area by area, and no one's name (the drill-down stays on screen).
	await page.emulateMedia({ media: 'print' });
	const printed = page.getByTestId('item-table-print');
	await expect(printed.locator('tr[data-item-id]')).toHaveCount(report.items.length);
	await expect(printed).not.toContainText(HOSTILE_NAME);
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	// The owner's page puts their own items and the company's posture side by side.
	await page.goto(server.url + '/checklist/owner');
	await waitForApp(page, 'en');
	const overview = page.getByTestId('owner-overview');
	await expect(overview.getByTestId('owner-own')).toContainText('Your own items as owner');
	await expect(overview.getByTestId('org-meter')).toContainText(
		`${report.mustCoverage.allDone} of ${report.totals.profiles} devices`
	);
	await expect(overview.getByTestId('next-steps').locator(':scope > li')).toHaveCount(3);
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
