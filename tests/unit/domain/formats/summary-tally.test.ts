import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { PostureSummary } from '$lib/domain/formats/summary';
import {
	CodebookWriter,
	tallySummary,
	untallySummary,
	type SummaryTally
} from '$lib/domain/formats/summary-tally';

const SUMMARY = JSON.parse(
	readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8')
) as PostureSummary;
const stored = (summary: PostureSummary) => ({
	summary,
	key: 'r-0123456789abcdef:a1b2c3d4e5f60718',
	importedAt: '2026-11-25T08:00:00.000Z'
});
const withAnswers = (answers: PostureSummary['answers']): PostureSummary => ({
	...SUMMARY,
	answers
});

describe('a summary packed for counting', () => {
	test('reads back as exactly the summary, waiver date included, with 6 bytes per answer', () => {
		const book = new CodebookWriter();
		const tally = tallySummary(stored(SUMMARY), book);
		expect(tally?.answers.byteLength).toBe(3 * 6);
		expect(tally).toMatchObject({
			digest: SUMMARY.digest,
			key: 'r-0123456789abcdef:a1b2c3d4e5f60718',
			importedAt: '2026-11-25T08:00:00.000Z'
		});
		expect(untallySummary(tally!, book.book)).toEqual(SUMMARY);
		// Hand-counted: three item ids, one content version.
		expect(book.book).toEqual({
			items: ['os-auto-update', 'use-password-manager', 'router-admin-password'],
			versions: ['2026.11.1']
		});
	});

	test('a second summary reuses the codebook, and an old codebook still reads the first', () => {
		const book = new CodebookWriter();
		const first = tallySummary(stored(SUMMARY), book)!;
		const before = structuredClone(book.book);
		const second = withAnswers([
			{ ...SUMMARY.answers[2]!, contentVersion: '2026.12.1' },
			{
				itemId: 'screen-lock',
				status: 'not-yet',
				contentVersion: '2026.11.1',
				updatedAt: '2026-11-30T01:02:03.004Z'
			}
		]);
		const tally = tallySummary(stored(second), book)!;
		expect(book.book.items).toEqual([...before.items, 'screen-lock']);
		expect(book.book.versions).toEqual(['2026.11.1', '2026.12.1']);
		expect(untallySummary(tally, book.book)).toEqual(second);
		expect(untallySummary(first, before)).toEqual(SUMMARY);
		// A codebook from before the new strings cannot read the newer tally: no wrong answers.
		expect(untallySummary(tally, before)).toBeUndefined();
	});

	test('no tally where it would not read back exactly: dates in another form', () => {
		const book = new CodebookWriter();
		const noMillis = withAnswers([{ ...SUMMARY.answers[0]!, updatedAt: '2026-11-20T09:00:00Z' }]);
		const micros = withAnswers([
			{ ...SUMMARY.answers[0]!, updatedAt: '2026-11-20T09:00:00.000001Z' }
		]);
		const shortWaiver = withAnswers([{ ...SUMMARY.answers[1]!, waiverUntil: '2026-1-31' }]);
		expect(tallySummary(stored(noMillis), book)).toBeUndefined();
		expect(tallySummary(stored(micros), book)).toBeUndefined();
		expect(tallySummary(stored(shortWaiver), book)).toBeUndefined();
		expect(tallySummary(stored(SUMMARY), book)).toBeDefined();
	});

	test('no tally once the codebook is full (65,536 item ids), so a flood of made-up ids costs only speed', () => {
		const items = Array.from({ length: 65_536 }, (_, i) => `item-${i}`);
		const book = new CodebookWriter({ items, versions: ['2026.11.1'] });
		expect(tallySummary(stored(SUMMARY), book)).toBeUndefined();
		const known = withAnswers([{ ...SUMMARY.answers[0]!, itemId: 'item-65535' }]);
		expect(untallySummary(tallySummary(stored(known), book)!, book.book)).toEqual(known);
	});

	test('a damaged tally reads as nothing, never as other answers', () => {
		const book = new CodebookWriter();
		const tally = tallySummary(stored(SUMMARY), book)!;
		const cut: SummaryTally = { ...tally, answers: tally.answers.slice(0, 10) };
		expect(untallySummary(cut, book.book)).toBeUndefined();
		expect(
			untallySummary({ ...tally, updated: tally.updated.slice(1) }, book.book)
		).toBeUndefined();
		expect(untallySummary({ ...tally, waivers: '' }, book.book)).toBeUndefined();
		expect(
			untallySummary({ ...tally, waivers: tally.waivers + '2027-01-01' }, book.book)
		).toBeUndefined();
		const badStatus = tally.answers.slice(0);
		new DataView(badStatus).setUint8(4, 200);
		expect(untallySummary({ ...tally, answers: badStatus }, book.book)).toBeUndefined();
		const badItem = tally.answers.slice(0);
		new DataView(badItem).setUint16(6, 999);
		expect(untallySummary({ ...tally, answers: badItem }, book.book)).toBeUndefined();
	});
});
