import 'fake-indexeddb/auto';
import { afterEach, expect, test, vi } from 'vitest';
import { saveAnswer } from '$lib/storage/answers';
import { eraseAllData } from '$lib/storage/erase';
import { exportRawData } from '$lib/storage/raw-export';
import { DB_NAME } from '$lib/storage/schema';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';
import { makeAnswer, makeProfile } from '../../helpers/records';
import { putRaw } from './raw-db';

useFreshIndexedDb();
afterEach(() => vi.restoreAllMocks());

/** One record in every store: the test must notice a store that is left out. */
async function fillEveryStore(): Promise<Record<string, unknown[]>> {
	await putRaw('answers', makeAnswer({ note: 'メモ' }));
	await putRaw('profiles', makeProfile());
	await putRaw('settings', { key: 'respondent-id', value: 'r-0123456789abcdef' });
	await putRaw('packs', { slot: 'followed', pack: { orgId: 'example' } });
	await putRaw('summaries', { digest: 'a'.repeat(64), key: 'r-1/p', summary: {}, importedAt: '' });
	await putRaw('quarantine', {
		store: 'answers',
		key: 'x',
		value: 1,
		reason: 'bad',
		quarantinedAt: ''
	});
	await putRaw('backup_v1', { itemId: 'screen-lock', status: 'done', updatedAt: '' });
	const before = await exportRawData();
	for (const [store, records] of Object.entries(before)) expect(records, store).toHaveLength(1);
	return before;
}

test('empties every store, in one strict transaction', async () => {
	await fillEveryStore();
	const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
	await eraseAllData();
	const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
	expect(writes).toHaveLength(1);
	expect(writes[0]?.[2]).toEqual({ durability: 'strict' });

	const after = await exportRawData();
	expect(Object.keys(after)).toHaveLength(7);
	for (const [store, records] of Object.entries(after)) expect(records, store).toEqual([]);
});

test('a failure in the middle leaves everything as it was', async () => {
	const before = await fillEveryStore();
	// The fourth store refuses, after three were already cleared in the same transaction.
	const clear = IDBObjectStore.prototype.clear;
	let calls = 0;
	vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(function (this: IDBObjectStore) {
		if (++calls === 4) throw new DOMException('The disk is gone.', 'UnknownError');
		return clear.call(this);
	});
	await expect(eraseAllData()).rejects.toThrow('The disk is gone.');
	expect(calls).toBe(4);
	vi.restoreAllMocks();
	expect(await exportRawData()).toEqual(before);
});

test('a save still in flight does not land after the erase', async () => {
	const saving = saveAnswer(makeAnswer());
	await eraseAllData();
	await saving;
	expect((await exportRawData()).answers).toEqual([]);
});

test('keeps the database and its schema, so the app goes on working', async () => {
	await fillEveryStore();
	await eraseAllData();
	await saveAnswer(makeAnswer());
	expect((await exportRawData()).answers).toHaveLength(1);
	const names = (await indexedDB.databases()).map((db) => db.name);
	expect(names).toContain(DB_NAME);
});
