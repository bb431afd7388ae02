import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Answer, Profile } from '$lib/domain/engine/answer';
import type { TeleworkContext } from '$lib/domain/engine/context';
import type { Backup } from '$lib/domain/formats/backup';
import { readBackup } from '$lib/domain/formats/import-backup';
import { buildBackup } from '$lib/app/backup';
import { loadAllAnswers, saveAnswer } from '$lib/storage/answers';
import { closeDb } from '$lib/storage/connection';
import { ensureProfile, loadProfiles } from '$lib/storage/profiles';
import { countQuarantined } from '$lib/storage/raw-export';
import { restoreBackup } from '$lib/storage/restore';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';
import { makeAnswer, makeProfile } from '../../helpers/records';
import { putRaw } from './raw-db';

useFreshIndexedDb();
afterEach(() => vi.restoreAllMocks());

const CONTEXT: TeleworkContext = {
	role: 'employee',
	ownership: 'personal',
	deviceType: 'pc',
	os: 'windows',
	networks: ['home-wifi', 'public-wifi'],
	places: ['own-room'],
	methods: ['vpn'],
	meetingApps: ['zoom'],
	facts: {
		handlesPersonalData: true,
		printsAtHome: false,
		sharedDevice: false,
		externalMeetings: true
	}
};

const PROFILES: Profile[] = [
	makeProfile({ context: CONTEXT }),
	makeProfile({ id: 'phone', name: 'スマートフォン' })
];
const ANSWERS: Answer[] = [
	makeAnswer({ note: 'Checked with IT.\nTwice.' }),
	makeAnswer({
		itemId: 'disk-encryption',
		status: 'waiver',
		reason: 'Waiting for a new laptop',
		waiverUntil: '2027-03-31',
		revision: 3
	}),
	makeAnswer({ profileId: 'phone', itemId: 'os-auto-update', status: 'not-yet', note: 'メモ' })
];

async function store(profiles: Profile[], answers: Answer[]): Promise<void> {
	for (const profile of profiles) await ensureProfile(profile);
	for (const answer of answers) await saveAnswer(answer);
}

async function everything(): Promise<{ profiles: Profile[]; answers: Answer[] }> {
	return { profiles: await loadProfiles(), answers: await loadAllAnswers() };
}

/** The next steps run against a new, empty IndexedDB: another browser, as far as the app knows. */
async function switchToEmptyBrowser(): Promise<void> {
	await closeDb();
	globalThis.indexedDB = new IDBFactory();
}

function fromBytes(bytes: Uint8Array): Backup {
	const result = readBackup(bytes, 'backup.json');
	if (!result.ok) throw new Error(result.error.field);
	return result.backup;
}

describe('backup round trip', () => {
	test('export → file → import into empty storage gives the same profiles and answers', async () => {
		await store(PROFILES, ANSWERS);
		const before = await everything();
		const file = new TextEncoder().encode(JSON.stringify(await buildBackup(), null, 2));

		await switchToEmptyBrowser();
		expect(await everything()).toEqual({ profiles: [], answers: [] });
		await restoreBackup(fromBytes(file));

		const after = await everything();
		expect(after).toEqual(before);
		expect(after.profiles).toHaveLength(2);
		expect(after.answers).toHaveLength(3);
	});

	test('the export holds notes, reasons and device contexts', async () => {
		await store(PROFILES, ANSWERS);
		const backup = await buildBackup();
		expect(backup.profiles.find((p) => p.id === 'default')?.context).toEqual(CONTEXT);
		expect(backup.answers.map((a) => a.note).filter(Boolean)).toEqual(
			expect.arrayContaining(['Checked with IT.\nTwice.', 'メモ'])
		);
		expect(backup.answers.find((a) => a.status === 'waiver')).toMatchObject({
			reason: 'Waiting for a new laptop',
			waiverUntil: '2027-03-31'
		});
	});

	test('answers without a stored profile (moved from database v1) still make a valid backup', async () => {
		await store([makeProfile({ id: 'phone', name: 'スマートフォン' })], ANSWERS);
		const before = await loadAllAnswers();
		const file = new TextEncoder().encode(JSON.stringify(await buildBackup()));

		await switchToEmptyBrowser();
		await restoreBackup(fromBytes(file));
		expect(await loadAllAnswers()).toEqual(before);
		expect(await loadProfiles()).toEqual([
			{
				id: 'default',
				name: 'この端末',
				createdAt: ANSWERS[0]!.updatedAt,
				updatedAt: ANSWERS[0]!.updatedAt
			},
			makeProfile({ id: 'phone', name: 'スマートフォン' })
		]);
	});

	test('the v1 fixture restores into empty storage exactly', async () => {
		const fixture = readFileSync('tests/fixtures/formats/backup-v1.json');
		const backup = fromBytes(fixture);
		await restoreBackup(backup);
		expect(await everything()).toEqual({
			profiles: backup.profiles,
			answers: [...backup.answers].sort((a, b) => a.itemId.localeCompare(b.itemId))
		});
	});

	test('restoring replaces everything that was there', async () => {
		await store(
			[makeProfile({ id: 'old-laptop', name: 'Old laptop' })],
			[makeAnswer({ profileId: 'old-laptop', itemId: 'firewall-on' })]
		);
		await restoreBackup(backupOf(PROFILES, ANSWERS));
		const after = await everything();
		expect(after.profiles.map((p) => p.id).sort()).toEqual(['default', 'phone']);
		expect(after.answers).toHaveLength(3);
		expect(after.answers.some((a) => a.profileId === 'old-laptop')).toBe(false);
	});

	test('an empty backup empties profiles and answers, but keeps the quarantine', async () => {
		await store(PROFILES, ANSWERS);
		await putRaw('quarantine', {
			store: 'answers',
			key: '["x","y"]',
			value: { broken: true },
			reason: 'test',
			quarantinedAt: '2026-11-24T09:30:00.000Z'
		});
		await restoreBackup(backupOf([], []));
		expect(await everything()).toEqual({ profiles: [], answers: [] });
		expect(await countQuarantined()).toBe(1);
	});
});

function backupOf(profiles: Profile[], answers: Answer[]): Backup {
	return {
		format: 'telework-check-backup',
		formatVersion: 1,
		appVersion: '0.1.0',
		contentVersion: '2026.11.1',
		createdAt: '2026-11-24T09:30:00.000Z',
		profiles,
		answers
	};
}

describe('a failed restore changes nothing', () => {
	const incoming = backupOf(
		[makeProfile({ id: 'new', name: 'New device' })],
		[
			makeAnswer({ profileId: 'new', itemId: 'a' }),
			makeAnswer({ profileId: 'new', itemId: 'b' }),
			makeAnswer({ profileId: 'new', itemId: 'c' })
		]
	);

	test('when a write throws half-way (a full disk)', async () => {
		await store(PROFILES, ANSWERS);
		const before = await everything();
		const put = IDBObjectStore.prototype.put;
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			if (++calls === 3)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		});
		await expect(restoreBackup(incoming)).rejects.toThrow('quota');
		expect(calls).toBe(3);
		vi.restoreAllMocks();
		expect(await everything()).toEqual(before);
	});

	test('when a write fails later, inside the database', async () => {
		await store(PROFILES, ANSWERS);
		const before = await everything();
		const put = IDBObjectStore.prototype.put;
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			// Adding a record whose key is already there fails asynchronously (ConstraintError).
			if (++calls === 4) return this.add(incoming.answers[0]);
			return put.apply(this, args);
		});
		await expect(restoreBackup(incoming)).rejects.toThrow();
		vi.restoreAllMocks();
		expect(await everything()).toEqual(before);
	});

	test.each([
		['an answer without its profile', backupOf([], [makeAnswer()])],
		['two profiles with one id', backupOf([makeProfile(), makeProfile()], [])],
		[
			'two answers to one item',
			backupOf([makeProfile()], [makeAnswer(), makeAnswer({ status: 'not-yet' })])
		],
		['an invalid answer', backupOf([makeProfile()], [makeAnswer({ revision: 0 })])],
		['another format', { ...backupOf([], []), format: 'other' } as unknown as Backup]
	])('when the backup is not valid: %s', async (_label, backup) => {
		await store(PROFILES, ANSWERS);
		const before = await everything();
		await expect(restoreBackup(backup)).rejects.toThrow();
		expect(await everything()).toEqual(before);
	});
});
