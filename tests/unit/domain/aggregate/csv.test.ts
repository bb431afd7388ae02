import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { toCsv, UTF8_BOM } from '$lib/domain/aggregate/csv';
import { breakdownsCsv, itemsCsv } from '$lib/domain/aggregate/report-csv';
import type { Locale } from '$lib/domain/shared/locale';
import { context as contextMessages } from '$lib/i18n/features/context';
import { dashboard } from '$lib/i18n/features/dashboard';
import { dashboardCover } from '$lib/i18n/features/dashboard-cover';
import { shell } from '$lib/i18n/features/shell';
import { translator } from '$lib/i18n/messages';
import { csvLabels } from '../../../../src/routes/dashboard/report-labels';
import { newPolicyPack } from '$lib/domain/formats/policy-pack';
import { SUMMARY_FORMAT, type PostureSummary } from '$lib/domain/formats/summary';
import { sealSync } from '../../../fixtures/aggregate/synthetic';
import { NOW, content } from './test-content';

/** The records as a spreadsheet reads them back: the BOM dropped, all cells as text. */
function parseBack(csv: string): string[][] {
	expect(csv.startsWith(UTF8_BOM)).toBe(true);
	const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	expect(parsed.meta.linebreak).toBe('\r\n');
	return parsed.data;
}

const HOSTILE: [string, string][] = [
	["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
	['+1', "'+1"],
	['-1', "'-1"],
	['@SUM(A1)', "'@SUM(A1)"],
	['\tX', "'\tX"],
	['\rX', "'\rX"],
	['\nX', "'\nX"],
	['\0X', "'\0X"],
	['=A1\n+B1', "'=A1\n+B1"],
	['営業部（東京）', '営業部（東京）'],
	['say "hi"', 'say "hi"'],
	['a,b', 'a,b'],
	['a = b', 'a = b'],
	[' spaced ', ' spaced ']
];

describe('CSV for spreadsheets', () => {
	it.each(HOSTILE)('text %j reads back as %j', (text, expected) => {
		const rows = parseBack(toCsv(['text', 'n'], [[text, 1]]));
		expect(rows).toEqual([
			['text', 'n'],
			[expected, '1']
		]);
	});

	it('leaves numbers alone, negative ones too, and writes nothing for no value', () => {
		const csv = toCsv(['a', 'b', 'c', 'd'], [[-5, 3.5, 0, null]]);
		expect(csv).toBe(`${UTF8_BOM}a,b,c,d\r\n-5,3.5,0,\r\n`);
	});

	it('ends every record with CRLF and quotes what needs it (RFC 4180)', () => {
		const csv = toCsv(['x'], [['a,b'], ['say "hi"'], ['two\nlines'], ['plain']]);
		expect(csv).toBe(`${UTF8_BOM}x\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\nplain\r\n`);
	});
});

describe('the report tables', () => {
	const context = {
		role: 'employee' as const,
		ownership: 'issued' as const,
		deviceType: 'pc' as const,
		os: 'windows' as const,
		networks: ['home-wifi' as const],
		places: ['own-room' as const],
		methods: [],
		meetingApps: [],
		facts: {
			handlesPersonalData: false,
			printsAtHome: false,
			sharedDevice: false,
			externalMeetings: false
		}
	};
	const summary = (n: number, department: string): PostureSummary =>
		sealSync({
			format: SUMMARY_FORMAT,
			formatVersion: 1, // the counting is the same for both versions
			appVersion: '0.1.0',
			contentVersion: '2026.12.1',
			respondent: { id: `r-${n.toString(16).padStart(16, '0')}`, department },
			profile: { ref: 'pc', context },
			answers: [],
			createdAt: NOW.toISOString(),
			revision: 1
		});
	const ownItem = {
		...content.items.find((i) => !i.appliesWhen && i.roles.includes('employee'))!,
		id: 'org-formula',
		title: { ja: '=1+1 を確認', en: '@SUM(A1)' }
	};
	const pack = {
		...newPolicyPack('acme', { ja: 'A', en: 'A' }, NOW.toISOString()),
		extraItems: [ownItem],
		minGroupSize: 2
	};
	const aggregator = createAggregator({ content, pack, now: NOW });
	for (let n = 0; n < 3; n++) aggregator.add(summary(n, '=HYPERLINK("http://x","y")'));
	const report = aggregator.result();

	it("neutralises an organisation's hostile item title, in either language", () => {
		const ja = parseBack(itemsCsv(report, 'ja')).find((r) => r[0] === 'org-formula')!;
		const en = parseBack(itemsCsv(report, 'en')).find((r) => r[0] === 'org-formula')!;
		expect([ja[1], en[1]]).toEqual(["'=1+1 を確認", "'@SUM(A1)"]);
		expect(ja[5]).toBe('3');
	});

	const labels = (lang: Locale) =>
		csvLabels(
			translator(lang, shell, dashboard, dashboardCover, contextMessages),
			content.categories,
			lang
		);

	it('writes the headers and coded values in the chosen language', () => {
		const ja = parseBack(itemsCsv(report, 'ja', labels('ja')));
		expect(ja[0]).toEqual([
			'項目ID',
			'項目',
			'カテゴリー',
			'必須・推奨',
			'必須の端末',
			'対象の端末',
			'済み',
			'まだ',
			'わからない',
			'該当しない',
			'例外',
			'内容が変わった',
			'見直しの時期',
			'未回答',
			'未対応',
			'未対応（%）',
			'済み（%）'
		]);
		const en = parseBack(itemsCsv(report, 'en', labels('en')));
		expect(en[0]).toEqual([
			'Item ID',
			'Item',
			'Category',
			'Must or should',
			'Devices where must',
			'Devices it applies to',
			'Done',
			'Not yet',
			"Don't know",
			'N/A',
			'Exception',
			'Changed since',
			'Due for re-check',
			'No answer',
			'Open',
			'Open (%)',
			'Done (%)'
		]);
		// The own item: its category and tier in words, never the ids.
		const category = content.categories.find((c) => c.id === ownItem.category)!;
		const tier = { must: ['必須', 'Must'], should: ['推奨', 'Should'] }[ownItem.tier];
		const jaRow = ja.find((r) => r[0] === 'org-formula')!;
		const enRow = en.find((r) => r[0] === 'org-formula')!;
		expect(jaRow.slice(2, 4)).toEqual([category.name.ja, tier[0]]);
		expect(enRow.slice(2, 4)).toEqual([category.name.en, tier[1]]);
		expect(category.name.ja).not.toBe(category.id);
	});

	it('writes the groups table in the chosen language', () => {
		const ja = parseBack(breakdownsCsv(report, labels('ja')));
		expect(ja[0]).toEqual(['分け方', 'グループ', '端末', '必須すべて済み', '必須すべて済み（%）']);
		expect(ja).toContainEqual(['端末の持ち主', '会社支給の端末', '3', '0', '0']);
		expect(ja).toContainEqual(['会社へのつなぎ方', '記入なし', '3', '0', '0']);
		const en = parseBack(breakdownsCsv(report, labels('en')));
		expect(en[0]).toEqual([
			'Grouped by',
			'Group',
			'Devices',
			'Every must done',
			'Every must done (%)'
		]);
		expect(en).toContainEqual(['Device owner', 'a company device', '3', '0', '0']);
		expect(en).toContainEqual(['Department', '\'=HYPERLINK("http://x","y")', '3', '0', '0']);
	});

	it('neutralises a hostile department name and keeps the counts as numbers', () => {
		const rows = parseBack(breakdownsCsv(report));
		expect(rows[0]).toEqual([
			'dimension',
			'group',
			'profiles',
			'must_all_done',
			'must_all_done_percent'
		]);
		expect(rows).toContainEqual(['department', '\'=HYPERLINK("http://x","y")', '3', '0', '0']);
		expect(rows).toContainEqual(['method', '', '3', '0', '0']);
	});
});
