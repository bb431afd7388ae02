import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { policyPackSchema, upgradePackV3 } from '../../src/lib/domain/formats/policy-pack';
import type { TeleworkContext } from '../../src/lib/domain/engine/context';
import { loadContent } from '../../src/lib/node/read-checklists';
import { sealSync } from '../fixtures/aggregate/synthetic';
import { poppler } from './pdf-text';
import { expect, test, waitForApp } from './fixtures';

const PACK_PATH = 'tests/fixtures/formats/policy-pack-v3.json';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Six answers per device, in this order; every other item the device has stays unanswered. */
const ANSWERED = [
	'screen-lock',
	'os-auto-update',
	'work-account-mfa',
	'unique-long-passwords',
	'phishing-check-sender-and-link',
	'router-admin-password'
] as const;
const STATUS = {
	d: 'done',
	n: 'not-yet',
	u: 'unknown',
	x: 'not-applicable',
	w: 'waiver'
} as const;

const PC: Partial<TeleworkContext> = {
	deviceType: 'pc',
	networks: ['home-wifi'],
	places: ['own-room']
};
/** A five-person company: five people, six devices (one has a phone too). */
const DEVICES: {
	name: string;
	department: string;
	context: Partial<TeleworkContext>;
	answers: string;
}[] = [
	{ name: '山田 花子', department: '営業部', context: { ...PC, os: 'windows' }, answers: 'dddddd' },
	{
		name: '佐藤 一郎',
		department: '営業部',
		context: { ...PC, os: 'windows', places: ['shared-room'], meetingApps: ['microsoft-teams'] },
		answers: 'dnddnd'
	},
	{
		name: '鈴木 美咲',
		department: '開発部',
		context: { ...PC, os: 'macos', methods: ['cloud-direct'], meetingApps: ['google-meet'] },
		answers: 'ndudun'
	},
	{ name: '高橋 健', department: '開発部', context: { ...PC, os: 'macos' }, answers: 'udndxd' },
	{
		name: '高橋 健',
		department: '開発部',
		context: {
			ownership: 'personal',
			deviceType: 'smartphone',
			os: 'ios',
			networks: ['tethering'],
			places: ['public-place']
		},
		answers: 'xddwdx'
	},
	{
		name: '田中 陽子',
		department: '総務部',
		context: { ...PC, os: 'windows', ownership: 'personal', networks: ['home-wifi', 'tethering'] },
		answers: 'wdnddu'
	}
];
// Hand count of 'screen-lock' (first letters above): d d n u x w.
const SCREEN_LOCK = { done: 2, notYet: 1, unknown: 1, waived: 1, na: 1, donePercent: 50 };

/** The six summaries, made the way the app makes them, as the employees would send them. */
function summaries(contentVersion: string, now: Date): string[] {
	const base = JSON.parse(readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8'));
	delete base.digest;
	const ids = new Map<string, string>();
	return DEVICES.map((device, i) => {
		if (!ids.has(device.name)) ids.set(device.name, `r-${String(ids.size + 1).padStart(16, '0')}`);
		const updatedAt = new Date(now.getTime() - (i + 1) * DAY_MS).toISOString();
		const summary = {
			...base,
			contentVersion,
			respondent: { id: ids.get(device.name), name: device.name, department: device.department },
			profile: {
				ref: `device${String(i).padStart(10, '0')}`,
				context: { ...base.profile.context, ...device.context }
			},
			answers: ANSWERED.map((itemId, k) => {
				const status = STATUS[device.answers[k] as keyof typeof STATUS];
				return {
					itemId,
					status,
					...(status === 'waiver' ? { waiverUntil: '2099-12-31' } : {}),
					contentVersion,
					updatedAt
				};
			}),
			createdAt: updatedAt
		};
		return JSON.stringify(sealSync(summary));
	});
}

const COLUMNS = {
	ja: ['項目', '済み', 'まだ', 'わからない', '見直し', '未回答', '例外', '該当しない'],
	en: ['Item', 'Done', 'Not yet', "Don't know", 'Re-check', 'No answer', 'Exception', 'N/A']
};
/** The app's header, navigation, skip link and footer: none of it belongs on paper. */
const CHROME = {
	ja: ['本文へ移動', 'メインメニュー', 'Switch to English', 'データはこの端末の外に送られません'],
	en: ['Skip to content', 'Main menu', '日本語に切り替える', 'Your data never leaves this device']
};
const NAV = { ja: /ホーム\s+チェックリスト/, en: /Home\s+Checklist/ };
/** A page with less than this is nearly empty (only the last page may be). */
const MIN_LINES = 12;

const squash = (text: string) => text.replace(/\s+/g, '');
/** A count or a share ("3", "(50%)"): the "Done" cell can reach left of its header. */
const NUMBER = /^\(?\d+(\.\d+)?%?\)?$/;
/** A title as the item column reads: without spaces or words that are numbers. */
const asRead = (title: string) =>
	title
		.split(/\s+/)
		.filter((word) => !NUMBER.test(word))
		.join('');

interface PrintedPage {
	/** `pdftotext -layout`: one line of text per printed line, columns kept apart. */
	layout: string;
	/** The words of the items table's first column, in reading order, without spaces. */
	itemColumn: string;
}

function pdfPages(path: string, nextTitle: string): PrintedPage[] {
	const info = poppler('pdfinfo', [path]);
	const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
	return Array.from({ length: count }, (_, i) => {
		const page = ['-f', String(i + 1), '-l', String(i + 1)];
		const layout = poppler('pdftotext', [...page, '-layout', path, '-']);
		return { layout, itemColumn: itemColumnText(path, page, nextTitle) };
	});
}

/**
 * Item titles wrap inside their cell, so a title is found in the words of the table's first
 * column: left of the "Done" header, below it, and above the next section's title.
 */
function itemColumnText(path: string, page: string[], nextTitle: string): string {
	const xhtml = poppler('pdftotext', [...page, '-bbox', path, '-']);
	const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
	const decode = (w: string) => w.replace(/&(\w+);/g, (all, name: string) => entities[name] ?? all);
	const words = [
		...xhtml.matchAll(
			/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g
		)
	].map((w) => ({ x: Number(w[1]), y: (Number(w[2]) + Number(w[3])) / 2, text: decode(w[4]!) }));
	const done = words.find((w) => ['済み', 'Done'].includes(w.text));
	if (!done) return '';
	// Reading order: words whose middles lie within a few points form one printed line.
	const lines: (typeof words)[] = [];
	for (const word of words
		.filter((w) => w.x < done.x - 1 && w.y > done.y + 2 && !NUMBER.test(w.text))
		.sort((a, b) => a.y - b.y)) {
		const line = lines.at(-1);
		if (line && word.y - line[0]!.y < 4) line.push(word);
		else lines.push([word]);
	}
	const column = lines
		.flatMap((line) => line.sort((a, b) => a.x - b.x).map((w) => w.text))
		.join('');
	return column.split(squash(nextTitle))[0]!;
}

async function printToPdf(page: Page, path: string, nextTitle: string): Promise<PrintedPage[]> {
	await expect(page.getByTestId('pack-fingerprint')).not.toHaveText('…');
	await page.evaluate(() => document.fonts.ready);
	writeFileSync(path, await page.pdf({ format: 'A4' }));
	return pdfPages(path, nextTitle);
}

test('the printed dashboard: a cover, every item in tables that fit A4 in JA and EN, numbered pages, no app chrome', async ({
	page,
	server
}, testInfo) => {
	test.setTimeout(120_000);
	const content = await loadContent('checklists');
	const now = new Date();
	const texts = summaries(content.contentVersion, now);
	// A version-3 file, as the app reads it: upgraded to the current format.
	const pack = policyPackSchema.parse(upgradePackV3(JSON.parse(readFileSync(PACK_PATH, 'utf8'))));

	await page.goto(server.url + '/org');
	await waitForApp(page, 'ja');
	await page.getByLabel('ポリシーのファイルを選ぶ').setInputFiles(PACK_PATH);
	await page.getByRole('button', { name: 'このポリシーを使う' }).click();
	await expect(page.getByTestId('active-version')).toHaveText('3');
	await page.goto(server.url + '/summaries');
	await waitForApp(page, 'ja');
	await page.getByLabel('取り込むファイルを選ぶ（複数可）').setInputFiles(
		texts.map((text, i) => ({
			name: `summary-${i}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		}))
	);
	await page.getByRole('button', { name: '受け入れた6件を保存する' }).click();
	await expect(page.getByTestId('import-status')).toHaveText('✓ 保存しました。');
	await page.goto(server.url + '/dashboard');
	await waitForApp(page, 'ja');
	await expect(page.getByTestId('item-table')).toBeVisible();
	// The rows the page holds for paper; the PDF must show each of them once. (The counts in a
	// row are checked against a hand count below.)
	const printIds = await page
		.getByTestId('item-table-print')
		.locator('tr[data-item-id]')
		.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.itemId!));
	const titles = new Map([...content.items, ...pack.extraItems].map((i) => [i.id, i.title]));
	const items = printIds.map((id) => ({ itemId: id, title: titles.get(id)! }));
	// The screen shows the first ten; the paper shows all of them.
	expect(items.length).toBeGreaterThan(10);
	for (const id of ANSWERED) expect(printIds).toContain(id);

	for (const lang of ['ja', 'en'] as const) {
		if (lang === 'en') {
			await page.getByRole('button', { name: 'Switch to English' }).click();
			await waitForApp(page, 'en');
		}
		const pages = await printToPdf(
			page,
			testInfo.outputPath(`dashboard-${lang}.pdf`),
			lang === 'ja' ? 'グループごとの状況' : 'By group'
		);
		const total = pages.length;
		const where = (i: number) => `${lang} page ${i + 1} of ${total}`;
		expect(total, lang).toBeGreaterThan(1);

		// The cover: organisation, policy version, people and devices counted, the headline.
		const cover = pages[0]!.layout;
		expect(squash(cover)).toContain(squash(pack.orgName[lang]));
		expect(cover).toMatch(lang === 'ja' ? /ポリシー\s*第3版/ : /Policy version 3/);
		expect(cover).toMatch(lang === 'ja' ? /回答者 5人・端末 6台/ : /5 respondents · 6 devices/);
		expect(cover).toMatch(lang === 'ja' ? /0 \/ 6台/ : /0 of 6 devices/);

		const areas = content.categories.map((c) => c.name[lang]);
		const header = new RegExp(COLUMNS[lang].map((c) => c.replace('/', '\\/')).join('\\s+'));
		for (const [i, { layout, itemColumn }] of pages.entries()) {
			expect(layout, where(i)).toMatch(new RegExp(`^\\s*${i + 1}\\s*/\\s*${total}\\s*$`, 'm'));
			for (const text of CHROME[lang]) expect(layout, where(i)).not.toContain(text);
			expect(layout, where(i)).not.toMatch(NAV[lang]);
			const lines = layout.split('\n').filter((line) => line.trim() !== '');
			if (i < total - 1) expect(lines.length, where(i)).toBeGreaterThanOrEqual(MIN_LINES);
			// No category heading ends a page (the last line is the page number).
			expect(areas, where(i)).not.toContain(lines.at(-2)?.trim());
			// Every page with a row of the items table repeats its full header, cut by nothing.
			const hasRows = items.some((item) => itemColumn.includes(asRead(item.title[lang])));
			if (hasRows) expect(layout, where(i)).toMatch(header);
		}

		// Every item is printed, once.
		const printed = pages.map((p) => p.itemColumn).join('');
		for (const item of items) {
			const title = asRead(item.title[lang]);
			expect(printed.split(title).length - 1, `${lang}: ${item.itemId}`).toBe(1);
		}
		// The row of a hand-counted item carries its numbers, in the columns' order.
		const row = pages
			.flatMap((p) => p.layout.split('\n'))
			.find((line) =>
				line.includes(lang === 'ja' ? '自動ロックを設定し' : 'Set the screen to lock')
			);
		const { done, donePercent, notYet, unknown, waived, na } = SCREEN_LOCK;
		expect(row).toMatch(
			new RegExp(
				`${done} \\(${donePercent}%\\)\\s+${notYet}\\s+${unknown}\\s+0\\s+0\\s+${waived}\\s+${na}\\s*$`
			)
		);
	}
});
