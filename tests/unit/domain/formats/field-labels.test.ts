import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from '$lib/domain/shared/zod';
import { backupSchema } from '$lib/domain/formats/backup';
import { FIELD_LABELS, fieldLabel, type FormatId } from '$lib/domain/formats/field-labels';
import { classifySummaries, readSummary } from '$lib/domain/formats/import-summaries';
import { policyPackSchema } from '$lib/domain/formats/policy-pack';
import { readPolicyPack } from '$lib/domain/formats/read-policy-pack';
import type { FileError } from '$lib/domain/formats/read-versioned';
import { postureSummarySchema, sealSummary, summaryPayload } from '$lib/domain/formats/summary';
import { checkPack } from '$lib/domain/policy/pack-check';
import { LOCALES, type Locale } from '$lib/domain/shared/locale';
import { fileProblems } from '$lib/i18n/features/file-problems';
import { fieldProblemText, fileErrorText, labelText } from '$lib/i18n/problem-text';
import { leafPatterns } from '../../../helpers/schema-leaves';

const FIXTURES = 'tests/fixtures/formats';
const json = (name: string) => JSON.parse(readFileSync(`${FIXTURES}/${name}`, 'utf8'));
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const SCHEMAS: Record<FormatId, z.core.$ZodType> = {
	pack: policyPackSchema,
	summary: postureSummarySchema,
	backup: backupSchema
};

/** What a person must never read: a code path, a language key, zod's own English. */
const RAW = /\[|\]|\.ja\b|\.en\b|[a-z][A-Z]|Invalid|expected|Too (big|small)|Unrecognized|must be/;

function packError(change: (pack: Record<string, unknown>) => void): FileError {
	const pack = json('policy-pack-v3.json');
	change(pack);
	const result = readPolicyPack(encode(pack), 'pack.json');
	if (result.ok) throw new Error('expected the pack to be refused');
	return result.error;
}

describe('every field of every format has a label in both languages', () => {
	for (const [format, schema] of Object.entries(SCHEMAS) as [FormatId, z.core.$ZodType][]) {
		it(`${format}: each leaf of the schema, by itself (not by a parent)`, () => {
			const labels: Record<string, string | undefined> = FIELD_LABELS[format];
			const leaves = leafPatterns(schema);
			expect(leaves.length).toBeGreaterThan(format === 'pack' ? 90 : 15);
			for (const leaf of leaves) {
				// A bilingual text is one field; its language is added to the label.
				const field = labels[leaf] ? leaf : leaf.replace(/\.(ja|en)$/, '');
				const key = labels[field];
				expect(key, `${format} ${leaf}`).toBeDefined();
				for (const locale of LOCALES) {
					const words = (fileProblems[locale] as Record<string, string>)[`field.${key}`];
					expect(words?.trim(), `${locale} field.${key}`).toBeTruthy();
				}
			}
		});
	}

	it('names any place in a file without a raw path, by the nearest labelled field', () => {
		for (const [format, schema] of Object.entries(SCHEMAS) as [FormatId, z.core.$ZodType][]) {
			for (const leaf of leafPatterns(schema)) {
				const path = leaf
					.replaceAll('[]', '.0')
					.split('.')
					.map((step) => (step === '0' ? 0 : step === '*' ? 'windows' : step));
				for (const locale of LOCALES) {
					const text = labelText(locale, fieldLabel(format, [...path, 'unknown', 3]));
					expect(text, `${format} ${leaf} ${locale}`).not.toMatch(RAW);
					expect(text).not.toBe('');
				}
			}
		}
	});

	it('a place above every label is the file as a whole', () => {
		expect(fieldLabel('pack', ['nonsense', 2])).toEqual({ parts: [] });
		expect(fieldLabel('summary', [])).toEqual({ parts: [] });
	});
});

describe('known bad inputs are named by label, saying what is expected', () => {
	const cases: [string, () => FileError | Promise<FileError>, Record<Locale, string>][] = [
		[
			'a help desk without a name',
			() =>
				packError((pack) => ((pack.helpDesk as { name: object }[])[0]!.name = { ja: '', en: 'x' })),
			{
				ja: 'ファイル「pack.json」の相談窓口 1 件目の名前（日本語）: 入力してください',
				en: 'pack.json › Help desk 1, name (Japanese): fill this in'
			}
		],
		[
			'a re-check interval of 0 days',
			() => packError((pack) => (pack.recheckDays = 0)),
			{
				ja: 'ファイル「pack.json」の点検を見直す間隔（日数）: 7〜730 の数で入力してください',
				en: 'pack.json › Re-check interval (days): enter a whole number from 7 to 730'
			}
		],
		[
			'an own item whose step has no English',
			() =>
				packError((pack) => {
					const item = (pack.extraItems as { how: { ja: string; en?: string }[] }[])[0]!;
					delete item.how[1]!.en;
				}),
			{
				ja: 'ファイル「pack.json」の独自の項目 1 件目のやり方の 2 行目（英語）: ありません。入れてください',
				en: 'pack.json › Own item 1, step 2 (English): missing; it is needed'
			}
		],
		[
			'a summary for another organisation',
			async () => {
				const read = await readSummary(encode(json('summary-v1.json')), 's.json');
				const [outcome] = classifySummaries([], [{ fileName: 's.json', result: read }], 'acme');
				if (outcome?.kind !== 'rejected') throw new Error('expected a refusal');
				return outcome.error;
			},
			{
				ja: 'ファイル「s.json」: 別の組織（ID: example-trading）のポリシーで作られた状況です。この組織の社員の状況だけを取り込めます',
				en: "s.json: made under another organisation's policy (id: example-trading); only your organisation's summaries can be imported"
			}
		],
		[
			'a summary whose answer is a waiver without its end',
			async () => {
				const summary = json('summary-v1.json');
				summary.answers[0] = { ...summary.answers[0], status: 'waiver' };
				delete summary.answers[0].waiverUntil;
				const read = await readSummary(
					encode(await sealSummary(summaryPayload(summary))),
					's.json'
				);
				if (read.ok) throw new Error('expected a refusal');
				return read.error;
			},
			{
				ja: 'ファイル「s.json」の回答 1 件目の例外の期限: 例外にするときは、その期限も入れてください',
				en: 's.json › Answer 1, exception end date: an exception needs its end date'
			}
		]
	];
	for (const [name, error, expected] of cases) {
		it(name, async () => {
			const refused = await error();
			for (const locale of LOCALES) {
				const text = fileErrorText(locale, refused);
				expect(text).toBe(expected[locale]);
				expect(text.replace(/ファイル「[^」]+」|^\S+\.json/, '')).not.toMatch(RAW);
			}
		});
	}

	it('a summary made without any policy is accepted into the organisation, marked', async () => {
		const payload = summaryPayload(json('summary-v1.json'));
		delete payload.org;
		const summary = await sealSummary(payload);
		const read = await readSummary(encode(summary), 'mine.json');
		const [outcome] = classifySummaries([], [{ fileName: 'mine.json', result: read }], 'acme');
		expect(outcome).toEqual({ kind: 'accepted', summary, withoutPolicy: true });
	});

	it('the policy editor names its problems the same way, without the file', () => {
		const pack = json('policy-pack-v5.json');
		pack.helpDesk[0].name = { ja: '', en: '' };
		pack.recheckDays = 0;
		const checked = checkPack(pack);
		if (checked.ok) throw new Error('expected problems');
		const texts = (locale: Locale) =>
			Object.values(checked.errors).map((p) => fieldProblemText(locale, 'pack', p.path, p));
		expect(texts('ja')).toEqual([
			'相談窓口 1 件目の名前（日本語）: 入力してください',
			'点検を見直す間隔（日数）: 7〜730 の数で入力してください'
		]);
		expect(texts('en')).toEqual([
			'Help desk 1, name (Japanese): fill this in',
			'Re-check interval (days): enter a whole number from 7 to 730'
		]);
	});
});
