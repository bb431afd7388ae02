import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { sealSummary, summaryPayload, type PostureSummary } from '$lib/domain/formats/summary';
import { ImportSession } from '$lib/state/summary-import-session';
import { loadSummaries } from '$lib/storage/summaries';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';

useFreshIndexedDb();

const TEXT = readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8');
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

test('reads, reports each file without its content, and stores only the accepted on commit', async () => {
	const session = new ImportSession();
	const outcomes = await session.read([
		file('good.json', TEXT),
		file('evil.json', TEXT.replace('"format"', '"__proto__": {}, "format"')),
		file('again.json', TEXT),
		file('big.json', ' '.repeat(300 * 1024))
	]);
	expect(outcomes.map((o) => [o.fileName, o.outcome.kind])).toEqual([
		['big.json', 'rejected'],
		['good.json', 'accepted'],
		['evil.json', 'rejected'],
		['again.json', 'duplicate']
	]);
	expect(JSON.stringify(outcomes)).not.toContain('"answers"');
	expect(await loadSummaries()).toEqual([]);

	const rows = await session.commit('2026-11-24T10:00:00.000Z');
	expect(rows).toHaveLength(1);
	expect(rows[0]).toMatchObject({ revision: 1 });
	expect(await loadSummaries()).toHaveLength(1);

	const next = new ImportSession();
	expect((await next.read([file('good.json', TEXT)]))[0]?.outcome.kind).toBe('duplicate');
});

test('a summary for another organisation is refused when the admin follows a policy', async () => {
	const [outcome] = await new ImportSession().read([file('s.json', TEXT)], 'another-org');
	expect(outcome?.outcome).toMatchObject({
		kind: 'rejected',
		error: { problem: { kind: 'other-org', params: { org: 'example-trading' } } }
	});
});

test("a summary made without any policy is taken into the admin's organisation, marked", async () => {
	const payload = summaryPayload(JSON.parse(TEXT) as PostureSummary);
	delete payload.org;
	const orgless = JSON.stringify(await sealSummary(payload));
	const session = new ImportSession();
	const [outcome] = await session.read([file('no-policy.json', orgless)], 'example-trading');
	expect(outcome?.outcome).toEqual({ kind: 'accepted', withoutPolicy: true });
	const [row] = await session.commit('2026-11-24T10:00:00.000Z');
	expect(row?.withoutPolicy).toBe(true);
});
