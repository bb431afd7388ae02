import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { classifySummaries, readSummary } from '$lib/domain/formats/import-summaries';
import { sealSummary, summaryPayload, type PostureSummary } from '$lib/domain/formats/summary';
import { commitSummaries, loadSummaries } from '$lib/storage/summaries';
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
