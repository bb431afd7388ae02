import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { fingerprint } from '../../src/lib/domain/formats/canonical';
import type { PolicyPack } from '../../src/lib/domain/formats/policy-pack';
import { sealSync } from '../fixtures/aggregate/synthetic';
import { expect, expectNoViolations, storedRecord, test, waitForApp } from './fixtures';

/** The summary fixture, sent by `name` under `pack` (the organisation's id is random). */
async function summaryFile(pack: PolicyPack, id: string, name: string) {
	const fixture = JSON.parse(readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8'));
	delete fixture.digest; // sealed again below, over the changed payload
	const sealed = sealSync({
		...fixture,
		org: {
			orgId: pack.orgId,
			packVersion: pack.packVersion,
			packFingerprint: await fingerprint(pack)
		},
		respondent: { id, name },
		profile: { ...fixture.profile, ref: id.slice(2, 18) }
	});
	return {
		name: `${id}.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(sealed))
	};
}

/** The step marked as the current one, and the steps' states as the page shows them. */
async function expectCurrent(page: Page, step: string): Promise<void> {
	const steps = page.getByTestId('owner-steps');
	await expect(steps.locator('[aria-current="step"]')).toHaveCount(1);
	await expect(steps.locator('[aria-current="step"]')).toHaveAttribute('data-step', step);
}
const stateOf = (page: Page, step: string): Locator =>
	page.getByTestId('owner-steps').locator(`[data-step="${step}"] .state`);

test('the owner of a five-person company goes from nothing to a printed dashboard along the guided path', async ({
	page,
	server
}) => {
	let taps = 0;
	const tap = async (target: Locator) => (taps++, await target.click());
	const fill = async (target: Locator, text: string) => (taps++, await target.fill(text));

	await page.goto(server.url + '/checklist/owner');
	await waitForApp(page, 'ja');
	await expectCurrent(page, 'policy');
	for (const step of ['policy', 'share', 'collect', 'result'])
		await expect(stateOf(page, step)).toHaveText('まだ');
	await expect(page.getByTestId('owner-senders-count')).toHaveText('まだ誰からも届いていません。');
	// The same meter as an employee's, for the owner's own items.
	await expect(page.getByTestId('owner-own').getByRole('group')).toContainText('%');

	// The six questions that fit the list (and the smallest group shown) to the company.
	const form = page.getByTestId('org-profile-form');
	await fill(form.getByLabel('会社（組織）の名前'), '山田商店');
	await tap(form.getByLabel('5人以下'));
	await tap(form.getByLabel(/いない（/));
	await tap(form.getByLabel(/クラウドサービスを直接使う/));
	const yesNo = form.locator('fieldset').filter({ has: page.getByLabel('はい', { exact: true }) });
	await tap(yesNo.nth(0).getByLabel('いいえ', { exact: true }));
	await tap(yesNo.nth(1).getByLabel('はい', { exact: true }));
	await tap(yesNo.nth(2).getByLabel('はい', { exact: true }));
	await tap(form.getByRole('button', { name: 'この内容で一覧を合わせる' }));
	await expect(page.getByTestId('org-profile-summary')).toBeVisible();
	// The profile started a draft: the first step has begun.
	await expect(stateOf(page, 'policy')).toHaveText('下書きあり');

	// Step 1: the policy.
	await tap(page.getByTestId('owner-steps-next'));
	await expect(page).toHaveURL(/\/org\/edit$/);
	await expectCurrent(page, 'policy');
	await expect(page.getByLabel(/集計で表示する最小の人数/)).toHaveValue('3');
	await tap(page.getByRole('button', { name: '下書きを保存' }));
	await expect(page.getByText('下書きを保存しました。')).toBeVisible();
	await tap(page.getByTestId('owner-steps-next'));

	// Step 2: publish and hand it out.
	await expect(page).toHaveURL(/\/org$/);
	await expectCurrent(page, 'share');
	const download = page.waitForEvent('download');
	await tap(page.getByRole('button', { name: '第1版として公開し、ファイルを保存' }));
	await download;
	await expect(stateOf(page, 'policy')).toHaveText('済み');
	await expect(page.getByTestId('share-link')).toHaveValue(/#pack=/);
	await tap(page.getByRole('button', { name: '社員に渡した' }));
	await expect(stateOf(page, 'share')).toHaveText('済み');
	await expectNoViolations(page, 'owner path: hand out');
	await tap(page.getByTestId('owner-steps-next'));

	// Step 3: two staff send their status.
	await expect(page).toHaveURL(/\/summaries$/);
	await expectCurrent(page, 'collect');
	const { pack } = (await storedRecord(page, 'packs', 'active')) as { pack: PolicyPack };
	taps++; // choosing the two files is one tap in the file picker
	await page
		.locator('#summary-files')
		.setInputFiles([
			await summaryFile(pack, 'r-1111111111111111', '山田 花子'),
			await summaryFile(pack, 'r-2222222222222222', '佐藤 一郎')
		]);
	await tap(page.getByRole('button', { name: '受け入れた2件を保存する' }));
	await expect(stateOf(page, 'collect')).toHaveText('2人分');
	await tap(page.getByTestId('owner-steps-next'));

	// Step 4: see and print.
	await expect(page).toHaveURL(/\/dashboard$/);
	await expectCurrent(page, 'result');
	await expect(page.getByTestId('dash-meta')).toContainText('回答者 2人');
	await expect(stateOf(page, 'result')).toHaveText('見た');
	// Two devices: no group reaches three, and the page says why.
	await expect(page.getByTestId('no-groups')).toContainText(
		'回答は2台で、どのグループも3台に届きません。1〜2台のグループでは、誰の回答か分かってしまうからです。'
	);
	// Headless Chromium's print would wait for a dialog nobody closes: the button's print fires
	// the browser's print events, and page.pdf() below renders what a printer would get.
	await page.evaluate(() => {
		window.print = () => {
			window.dispatchEvent(new Event('beforeprint'));
			window.dispatchEvent(new Event('afterprint'));
		};
	});
	await tap(page.getByRole('button', { name: '印刷する' }));
	await expect(stateOf(page, 'result')).toHaveText('済み');
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	expect(pdf.length).toBeGreaterThan(10_000);

	// Back on the owner's checklist: who has sent, and against how many.
	await page.goto(server.url + '/checklist/owner');
	await waitForApp(page, 'ja');
	await expect(page.getByTestId('owner-senders-count')).toHaveText('2人が送りました。');
	await expect(page.getByTestId('owner-senders-names')).toHaveText(
		'送った人: 佐藤 一郎、山田 花子'
	);
	await page.getByLabel(/集める人数/).fill('5');
	await page.getByRole('button', { name: '人数を保存' }).click();
	await expect(page.getByTestId('owner-senders-count')).toHaveText(
		'5人中2人が送りました。まだ: 3人'
	);
	await expect(stateOf(page, 'collect')).toHaveText('5人中2人');
	await expectCurrent(page, 'collect');
	await expectNoViolations(page, 'owner checklist with the path');

	console.log(`owner path: ${taps} taps from the owner's checklist to the printed dashboard`);
	expect(taps).toBeLessThanOrEqual(20);
});
