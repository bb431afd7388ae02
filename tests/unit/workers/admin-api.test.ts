import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { encryptTo } from '$lib/domain/formats/age-file';
import { sealSummary, summaryPayload, type PostureSummary } from '$lib/domain/formats/summary';
import { loadContent } from '$lib/node/read-checklists';
import { saveAdminKeys } from '$lib/storage/admin-keys';
import { getDb } from '$lib/storage/connection';
import { loadSummaries } from '$lib/storage/summaries';
import { AdminApi } from '$lib/workers/admin-api';
import { HAND_COUNT, handCountedSummaries } from '../../fixtures/aggregate/hand-counted';
import { ageKey } from '../../helpers/age-keys';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';

useFreshIndexedDb();

const TEXT = readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8');
const AT = '2026-11-24T10:00:00.000Z';
const NOW = new Date('2026-11-24T09:30:00.000Z');
const content = await loadContent('checklists');
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const files = (summaries: readonly PostureSummary[]) =>
	summaries.map((summary, i) => file(`summary-${i}.json`, JSON.stringify(summary)));

/** Gives the files to a new import and reads them, as the page does. */
async function read(api: AdminApi, id: string, chosen: File[], expectedOrgId?: string) {
	api.give(id, chosen);
	return api.read(id, expectedOrgId);
}

describe('importing', () => {
	test('each file gets an outcome without its content; only the accepted are stored, on commit', async () => {
		const api = new AdminApi();
		const outcomes = await read(api, 'a', [
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

		await api.commit('a', AT);
		const { rows } = await api.list();
		expect(rows).toEqual([
			expect.objectContaining({ revision: 1, device: 'a1b2c3d4e5f60718', withoutPolicy: false })
		]);
		// A page that lists fewer rows still learns how many are stored.
		expect(await api.list(0)).toEqual({ total: 1, rows: [] });
		expect((await read(api, 'b', [file('good.json', TEXT)]))[0]?.outcome.kind).toBe('duplicate');
	});

	test('an encrypted file opens with the admin key; for another key it is refused, nothing stored', async () => {
		const admin = ageKey('admin-key.txt');
		const encrypted = async (recipient: string, name: string) =>
			new File([(await encryptTo(recipient, new TextEncoder().encode(TEXT))) as BlobPart], name);
		const mine = await encrypted(admin.recipient, 'mine.json.age');
		const other = await encrypted(ageKey('other-key.txt').recipient, 'other.json.age');
		const api = new AdminApi();
		api.give('n', [mine]);
		const withoutKey = await api.read('n');
		expect(withoutKey[0]?.outcome).toEqual(
			expect.objectContaining({
				kind: 'rejected',
				error: expect.objectContaining({ problem: { kind: 'encrypted-needs-key' } })
			})
		);
		await saveAdminKeys([{ identity: admin.identity, recipient: admin.recipient, addedAt: AT }]);
		api.give('a', [other]);
		expect(await api.read('a')).toEqual([
			{
				fileName: 'other.json.age',
				outcome: expect.objectContaining({
					kind: 'rejected',
					error: expect.objectContaining({ problem: { kind: 'encrypted-wrong-key' } })
				})
			}
		]);
		await api.commit('a', AT);
		expect(await loadSummaries()).toEqual([]);
		api.give('b', [mine]);
		expect((await api.read('b'))[0]?.outcome.kind).toBe('accepted');
		await api.commit('b', AT);
		expect((await api.list()).rows).toHaveLength(1);
	});

	test('files are handed over in slices and read together', async () => {
		const api = new AdminApi();
		const [one, two] = handCountedSummaries(content, NOW);
		api.give('a', files([one!]));
		api.give('a', [file('other.json', JSON.stringify(two))]);
		const outcomes = await api.read('a');
		expect(outcomes.map((o) => o.outcome.kind)).toEqual(['accepted', 'accepted']);
	});

	test('a newer revision replaces the stored one; an older one is superseded', async () => {
		const api = new AdminApi();
		const base = JSON.parse(TEXT) as PostureSummary;
		const revision = async (n: number) =>
			JSON.stringify(await sealSummary(summaryPayload({ ...base, revision: n })));
		await read(api, 'a', [file('r2.json', await revision(2))]);
		await api.commit('a', AT);
		const outcomes = await read(api, 'b', [
			file('r3.json', await revision(3)),
			file('r1.json', await revision(1))
		]);
		expect(outcomes.map((o) => o.outcome)).toEqual([
			{ kind: 'accepted', replaces: (JSON.parse(await revision(2)) as PostureSummary).digest },
			{ kind: 'superseded', by: 3 }
		]);
		await api.commit('b', AT);
		expect((await api.list()).rows.map((row) => row.revision)).toEqual([3]);
	});

	test('a summary for another organisation is refused when the admin follows a policy', async () => {
		const [outcome] = await read(new AdminApi(), 'a', [file('s.json', TEXT)], 'another-org');
		expect(outcome?.outcome).toMatchObject({
			kind: 'rejected',
			error: { problem: { kind: 'other-org', params: { org: 'example-trading' } } }
		});
	});

	test("a summary made without any policy is taken into the admin's organisation, marked", async () => {
		const payload = summaryPayload(JSON.parse(TEXT) as PostureSummary);
		delete payload.org;
		const orgless = JSON.stringify(await sealSummary(payload));
		const api = new AdminApi();
		const [outcome] = await read(api, 'a', [file('no-policy.json', orgless)], 'example-trading');
		expect(outcome?.outcome).toEqual({ kind: 'accepted', withoutPolicy: true });
		await api.commit('a', AT);
		expect((await api.list()).rows[0]?.withoutPolicy).toBe(true);
	});

	test('a newer import drops an older one: its read stops, and it can no longer be saved', async () => {
		const api = new AdminApi();
		const summaries = handCountedSummaries(content, NOW);
		api.give('old', files(summaries));
		const older = api.read('old');
		api.give('new', files(summaries.slice(0, 1)));
		await expect(older).rejects.toThrow('no longer under way');
		await expect(api.commit('old', AT)).rejects.toThrow('no longer under way');
		expect(await api.read('new')).toHaveLength(1);
		await api.commit('new', AT);
		expect(await loadSummaries()).toHaveLength(1);
	});

	test('a dropped import stores nothing', async () => {
		const api = new AdminApi();
		await read(api, 'a', [file('good.json', TEXT)]);
		api.drop('a');
		await expect(api.commit('a', AT)).rejects.toThrow('no longer under way');
		expect(await loadSummaries()).toEqual([]);
	});
});

describe('counting', () => {
	test('nothing stored: no report', async () => {
		const api = new AdminApi();
		expect(await api.count({ content, pack: undefined, now: NOW.toISOString() })).toBeUndefined();
	});

	test('the report of the hand-counted seven, and who is behind each id, without the summaries', async () => {
		const api = new AdminApi();
		await read(api, 'a', files(handCountedSummaries(content, NOW)));
		await api.commit('a', AT);
		const counted = await api.count({ content, pack: undefined, now: NOW.toISOString() });
		expect(counted?.report.totals).toMatchObject({
			respondents: HAND_COUNT.respondents,
			profiles: HAND_COUNT.devices
		});
		expect(counted?.report.mustCoverage.allDone).toBe(HAND_COUNT.allMustDone);
		const names = new Map<string, string>(JSON.parse(counted?.names ?? '[]'));
		expect(names.get('r-0000000000000001')).toBe('山田 花子');
		expect(names.size).toBe(HAND_COUNT.respondents);
		expect(JSON.stringify(counted)).not.toContain('"answers"');
	});

	test('summaries read ahead, while the page loads the content, are counted the same', async () => {
		const api = new AdminApi();
		const [first, ...rest] = handCountedSummaries(content, NOW);
		await read(api, 'a', files(rest));
		await api.commit('a', AT);
		api.readAhead();
		const counted = await api.count({ content, pack: undefined, now: NOW.toISOString() });
		expect(counted?.report.totals.profiles).toBe(HAND_COUNT.devices - 1);
		// Read ahead, then an import lands: the count reads again and has the new summary too.
		api.readAhead();
		await read(api, 'b', files([first!]));
		await api.commit('b', AT);
		const recounted = await api.count({ content, pack: undefined, now: NOW.toISOString() });
		expect(recounted?.report.totals.profiles).toBe(HAND_COUNT.devices);
		expect(recounted?.report.mustCoverage.allDone).toBe(HAND_COUNT.allMustDone);
	});

	test("a respondent is named as their newest summary names them, here and on the owner's path", async () => {
		const [laptop] = handCountedSummaries(content, NOW);
		const phone = await sealSummary(
			summaryPayload({
				...laptop!,
				respondent: { ...laptop!.respondent, name: '山田 花' },
				profile: { ...laptop!.profile, ref: 'device-phone' },
				createdAt: NOW.toISOString()
			})
		);
		const api = new AdminApi();
		await read(api, 'a', files([phone, laptop!]));
		await api.commit('a', AT);
		const counted = await api.count({ content, pack: undefined, now: NOW.toISOString() });
		expect(new Map(JSON.parse(counted?.names ?? '[]')).get(laptop!.respondent.id)).toBe('山田 花');
		expect(await api.senders()).toEqual([{ id: laptop!.respondent.id, name: '山田 花' }]);
	});

	test('a damaged stored record without a tally is kept in quarantine, never counted', async () => {
		const api = new AdminApi();
		const summaries = handCountedSummaries(content, NOW);
		await read(api, 'a', files(summaries));
		await api.commit('a', AT);
		const db = await getDb();
		const damaged = await db.get('summaries', summaries[0]!.digest);
		await db.put('summaries', { ...damaged!, summary: 'not a summary' });
		await db.delete('tallies', summaries[0]!.digest);
		const counted = await api.count({ content, pack: undefined, now: NOW.toISOString() });
		expect(counted?.report.totals.profiles).toBe(HAND_COUNT.devices - 1);
		expect(await db.count('quarantine')).toBe(1);
	});
});
