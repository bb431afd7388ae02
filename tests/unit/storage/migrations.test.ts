import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, test } from 'vitest';
import type { PostureSummary } from '$lib/domain/formats/summary';
import { loadAnswers } from '$lib/storage/answers';
import { closeDb, getDb } from '$lib/storage/connection';
import { countQuarantined, exportRawData } from '$lib/storage/raw-export';
import { DB_NAME, type AnswerV1, type AppDB, type QuarantineRecord } from '$lib/storage/schema';
import { loadSummaries } from '$lib/storage/summaries';
import v2Database from '../../fixtures/databases/v2.json';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';
import { seedDatabase, type DatabaseSnapshot } from '../../helpers/seed-database';

useFreshIndexedDb();

/** Creates the database exactly as version 1 of the app did, with `answers` in it. */
async function seedVersion1(answers: unknown[]): Promise<void> {
	const db = await openDB(DB_NAME, 1, {
		upgrade(db) {
			db.createObjectStore('answers', { keyPath: 'itemId' });
			db.createObjectStore('settings', { keyPath: 'key' });
			const q = db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
			q.createIndex('by-store', 'store');
		}
	});
	const tx = db.transaction('answers', 'readwrite');
	await Promise.all([...answers.map((answer) => tx.store.put(answer)), tx.done]);
	db.close();
}

const v1Answers: AnswerV1[] = [
	{ itemId: 'screen-lock', status: 'done', updatedAt: '2025-06-01T10:00:00.000Z' },
	{
		itemId: 'router-admin-password',
		status: 'not-yet',
		note: 'Ask the ISP for the login',
		updatedAt: '2025-06-02T11:00:00.000Z'
	},
	// An empty note was allowed in version 1; it is dropped, not a reason to lose the answer.
	{
		itemId: 'wifi-encryption',
		status: 'not-applicable',
		note: '',
		updatedAt: '2025-06-03T12:00:00Z'
	}
];
const bogusStatus: AnswerV1 = {
	itemId: 'disk-encryption',
	status: 'bogus',
	updatedAt: '2025-06-04T13:00:00.000Z'
};
const unsafeNote: AnswerV1 = {
	itemId: 'vpn-on-public-wifi',
	status: 'done',
	note: 'invoice\u202Efdp.exe',
	updatedAt: '2025-06-05T14:00:00.000Z'
};

describe('migration from version 1', () => {
	test('converts every answer to the default profile, needing a re-check', async () => {
		await seedVersion1(v1Answers);
		const answers = await loadAnswers('default');
		// Keys are [profileId, itemId], so the answers come back in item id order.
		expect(answers).toEqual([
			{
				profileId: 'default',
				itemId: 'router-admin-password',
				status: 'not-yet',
				note: 'Ask the ISP for the login',
				contentVersion: '0',
				updatedAt: '2025-06-02T11:00:00.000Z',
				revision: 1
			},
			{
				profileId: 'default',
				itemId: 'screen-lock',
				status: 'done',
				contentVersion: '0',
				updatedAt: '2025-06-01T10:00:00.000Z',
				revision: 1
			},
			{
				profileId: 'default',
				itemId: 'wifi-encryption',
				status: 'not-applicable',
				contentVersion: '0',
				updatedAt: '2025-06-03T12:00:00Z',
				revision: 1
			}
		]);
		expect((await getDb()).version).toBe(4);
		expect(await countQuarantined()).toBe(0);
	});

	test('keeps the version-1 originals in backup_v1', async () => {
		await seedVersion1([...v1Answers, bogusStatus]);
		const raw = await exportRawData();
		const byItemId = (a: unknown, b: unknown) =>
			(a as AnswerV1).itemId.localeCompare((b as AnswerV1).itemId);
		expect([...(raw.backup_v1 ?? [])].sort(byItemId)).toEqual(
			[...v1Answers, bogusStatus].sort(byItemId)
		);
	});

	test('puts an answer that cannot be converted in quarantine instead of losing it', async () => {
		await seedVersion1([...v1Answers, bogusStatus, unsafeNote]);
		const answers = await loadAnswers('default');
		expect(answers.map((a) => a.itemId)).toEqual([
			'router-admin-password',
			'screen-lock',
			'wifi-encryption'
		]);
		expect(await countQuarantined()).toBe(2);
		const raw = await exportRawData();
		const quarantined = (raw.quarantine ?? []) as QuarantineRecord[];
		expect(quarantined.map((r) => r.key).sort()).toEqual(['disk-encryption', 'vpn-on-public-wifi']);
		const bogus = quarantined.find((r) => r.key === 'disk-encryption');
		expect(bogus).toMatchObject({ store: 'answers', value: bogusStatus });
		expect(bogus?.reason).toMatch(/^migration to v2: /);
		expect(bogus?.reason).toContain('status');
		expect(quarantined.find((r) => r.key === 'vpn-on-public-wifi')?.value).toEqual(unsafeNote);
	});

	test('an empty version-1 database upgrades to the full set of stores', async () => {
		await seedVersion1([]);
		expect(await loadAnswers('default')).toEqual([]);
		const db = await getDb();
		expect([...db.objectStoreNames].sort()).toEqual([
			'answers',
			'backup_v1',
			'packs',
			'profiles',
			'quarantine',
			'settings',
			'summaries',
			'tallies'
		]);
		expect([...db.transaction('answers').store.indexNames]).toEqual(['by-profile']);
	});
});

describe('migration from version 2', () => {
	test('keeps every profile, answer and setting as it was, and adds the empty new stores', async () => {
		const snapshot = v2Database as DatabaseSnapshot;
		await seedDatabase(snapshot);
		const raw = await exportRawData();
		// Stored in key order ([profileId, itemId]), not in the order they were written.
		expect(raw.answers).toEqual(expect.arrayContaining(snapshot.stores.answers?.records ?? []));
		expect(raw.answers).toHaveLength(3);
		expect(raw.profiles).toEqual(snapshot.stores.profiles?.records);
		expect(raw.settings).toEqual(snapshot.stores.settings?.records);
		expect(raw.packs).toEqual([]);
		expect(raw.summaries).toEqual([]);
		expect((await getDb()).version).toBe(4);
		expect(await loadAnswers('default')).toHaveLength(3);
		expect(await countQuarantined()).toBe(0);
	});
});

describe('a new install', () => {
	test('creates version 4 with every store and nothing in it', async () => {
		const raw = await exportRawData();
		expect(raw).toEqual({
			answers: [],
			backup_v1: [],
			packs: [],
			profiles: [],
			quarantine: [],
			settings: [],
			summaries: []
		});
		expect((await getDb()).version).toBe(4);
	});

	test('has the same stores, keys and indexes as a database the migrations brought up from version 1', async () => {
		const created = layoutOf(await getDb());
		await closeDb();
		globalThis.indexedDB = new IDBFactory();
		await seedVersion1([]);
		const migrated = layoutOf(await getDb());
		expect(created).toEqual(migrated);
		// A positive control for the comparison: the layout names what the app relies on.
		expect(created.answers).toEqual({
			keyPath: ['profileId', 'itemId'],
			autoIncrement: false,
			indexes: { 'by-profile': { keyPath: 'profileId', unique: false, multiEntry: false } }
		});
	});
});

/** Every store's key path, key generator and indexes: what a migration or a new install makes. */
function layoutOf(db: IDBPDatabase<AppDB>) {
	const names = [...db.objectStoreNames];
	const tx = db.transaction(names);
	return Object.fromEntries(
		names.map((name) => {
			const store = tx.objectStore(name);
			const indexes = [...store.indexNames].map((index) => {
				const { keyPath, unique, multiEntry } = store.index(index);
				return [index, { keyPath, unique, multiEntry }];
			});
			const { keyPath, autoIncrement } = store;
			return [name, { keyPath, autoIncrement, indexes: Object.fromEntries(indexes) }];
		})
	);
}

describe('migration from version 3', () => {
	test('packs each whole stored summary for counting and keeps every record as it was', async () => {
		const v2 = v2Database as DatabaseSnapshot;
		const summary = JSON.parse(
			readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8')
		) as PostureSummary;
		const whole = {
			digest: summary.digest,
			key: 'r-0123456789abcdef:a1b2c3d4e5f60718',
			summary,
			importedAt: '2026-11-25T08:00:00.000Z'
		};
		// Hand-made damage: an answer without its status cannot be packed; it stays as it is.
		const broken = { ...summary, digest: 'a'.repeat(64), answers: [{ itemId: 'os-auto-update' }] };
		const damaged = { ...whole, digest: broken.digest, summary: broken };
		await seedDatabase({
			...v2,
			version: 3,
			stores: {
				...v2.stores,
				packs: { keyPath: 'slot', records: [] },
				summaries: {
					keyPath: 'digest',
					indexes: { 'by-respondent-profile': 'key' },
					records: [whole, damaged]
				}
			}
		});
		const db = await getDb();
		expect(db.version).toBe(4);
		expect(await db.getAllKeys('tallies')).toEqual([summary.digest]);
		const raw = await exportRawData();
		expect(raw.summaries).toEqual([damaged, whole]);
		expect(raw.answers).toHaveLength(3);
		expect(await loadSummaries()).toEqual([damaged, whole]);
	});
});
