import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classifySummaries, readSummary, summaryKey } from '$lib/domain/formats/import-summaries';
import { sealSummary, summaryPayload, type PostureSummary } from '$lib/domain/formats/summary';
import { getDb } from '$lib/storage/connection';
import { countQuarantined } from '$lib/storage/raw-export';
import { commitSummaries, loadSummaries } from '$lib/storage/summaries';
import type { StoredSummary } from '$lib/storage/summary-records';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';

useFreshIndexedDb();

const TEXT = readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8');
const revision = (n: number) =>
	sealSummary(summaryPayload({ ...(JSON.parse(TEXT) as PostureSummary), revision: n }));
const AT = '2026-11-24T09:00:00.000Z';

test('accepted summaries are stored; a newer revision replaces the older one in the same transaction', async () => {
	const r1 = await revision(1);
	await commitSummaries([{ summary: r1 }], AT);
	const r2 = await revision(2);
	const [outcome] = classifySummaries(
		(await loadSummaries()).map((s) => s.summary),
		[{ fileName: 'r2.json', result: { ok: true, value: r2 } }]
	);
	expect(outcome).toMatchObject({ kind: 'accepted', replaces: r1.digest });
	if (outcome?.kind !== 'accepted') return;
	await commitSummaries([outcome], AT);
	expect((await loadSummaries()).map((s) => s.summary.revision)).toEqual([2]);
});

test('a batch whose one record cannot be written stores nothing of the batch', async () => {
	const good = await revision(1);
	// Checked when its file was read, so only a failing write can stop it here: a value the
	// database cannot hold makes the put throw part-way through the batch.
	const unstorable = { ...(await revision(2)), profile: { ref: 'x', context: () => {} } };
	await expect(
		commitSummaries([{ summary: good }, { summary: unstorable as unknown as PostureSummary }], AT)
	).rejects.toThrow();
	expect(await loadSummaries()).toEqual([]);
});

test('a hostile file neither pollutes objects nor reaches storage', async () => {
	const hostile = new TextEncoder().encode(
		TEXT.replace('"format"', '"__proto__": {"polluted": true}, "format"')
	);
	const read = await readSummary(hostile, 'evil.json');
	expect(read.ok).toBe(false);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(await loadSummaries()).toEqual([]);
});

describe('counting reads each summary from its tally', () => {
	const storedTwo = async () => {
		const summaries = [
			await revision(1),
			await sealSummary({
				...summaryPayload(await revision(1)),
				respondent: { id: 'r-00000000000000ff' }
			})
		];
		await commitSummaries(
			summaries.map((summary) => ({ summary })),
			AT
		);
		return summaries;
	};
	const expected = (summaries: PostureSummary[]) =>
		summaries.map((summary) => ({
			digest: summary.digest,
			key: summaryKey(summary),
			summary,
			importedAt: AT
		}));
	const byDigest = (records: StoredSummary[]) =>
		[...records].sort((a, b) => a.digest.localeCompare(b.digest));

	test('every stored summary gets a tally in the same transaction, and reads back exactly', async () => {
		const summaries = await storedTwo();
		const db = await getDb();
		expect(await db.count('tallies')).toBe(2);
		expect(byDigest(await loadSummaries())).toEqual(byDigest(expected(summaries)));
	});

	test('the tally is what is read: a full record changed behind its back does not show', async () => {
		const [first] = await storedTwo();
		const db = await getDb();
		const record = await db.get('summaries', first!.digest);
		await db.put('summaries', { ...record!, summary: { ...first!, revision: 99 } });
		const read = await loadSummaries();
		expect(read.find((r) => r.digest === first!.digest)?.summary.revision).toBe(1);
	});

	test('a summary whose tally is missing or damaged is read from its full record', async () => {
		const summaries = await storedTwo();
		const db = await getDb();
		await db.delete('tallies', summaries[0]!.digest);
		const damaged = await db.get('tallies', summaries[1]!.digest);
		await db.put('tallies', { ...damaged!, answers: new ArrayBuffer(5) });
		expect(byDigest(await loadSummaries())).toEqual(byDigest(expected(summaries)));
		expect(await countQuarantined()).toBe(0);
	});

	test('without the codebook every summary is read from its full record', async () => {
		const summaries = await storedTwo();
		await (await getDb()).delete('settings', 'summary-codebook');
		expect(byDigest(await loadSummaries())).toEqual(byDigest(expected(summaries)));
	});

	test('a replaced revision takes its tally with it', async () => {
		const r1 = await revision(1);
		await commitSummaries([{ summary: r1 }], AT);
		const r2 = await revision(2);
		await commitSummaries([{ summary: r2, replaces: r1.digest }], AT);
		expect(await (await getDb()).getAllKeys('tallies')).toEqual([r2.digest]);
	});
});
