import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { loadAnswers, saveAnswer } from '$lib/storage/answers';
import { deleteProfile, ensureProfile, loadProfiles, saveProfile } from '$lib/storage/profiles';
import { countQuarantined } from '$lib/storage/raw-export';
import type { QuarantineRecord } from '$lib/storage/schema';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';
import { makeAnswer, makeProfile } from '../../helpers/records';
import { getAllRaw, putRaw } from './raw-db';

useFreshIndexedDb();

describe('ensureProfile', () => {
	test('stores a new profile and returns it', async () => {
		const profile = makeProfile();
		expect(await ensureProfile(profile)).toEqual(profile);
		expect(await loadProfiles()).toEqual([profile]);
	});

	test('is idempotent: an existing profile is kept and returned, never overwritten', async () => {
		const original = makeProfile({ name: 'Work laptop' });
		await ensureProfile(original);
		const again = await ensureProfile(makeProfile({ name: 'Something else' }));
		expect(again).toEqual(original);
		await ensureProfile(original);
		expect(await loadProfiles()).toEqual([original]);
	});

	test('profiles with different ids live side by side', async () => {
		const laptop = makeProfile();
		const phone = makeProfile({ id: 'phone', name: 'スマートフォン' });
		await ensureProfile(laptop);
		await ensureProfile(phone);
		expect(await loadProfiles()).toEqual([laptop, phone]);
	});

	test('rejects an invalid profile without writing', async () => {
		await expect(ensureProfile(makeProfile({ id: 'my phone' }))).rejects.toThrow();
		await expect(ensureProfile(makeProfile({ name: '' }))).rejects.toThrow();
		expect(await getAllRaw('profiles')).toEqual([]);
	});

	test('replaces a damaged stored profile, keeping the damaged one in quarantine', async () => {
		const damaged = { id: 'default', name: 42 };
		await putRaw('profiles', damaged);
		const profile = makeProfile();
		expect(await ensureProfile(profile)).toEqual(profile);
		expect(await loadProfiles()).toEqual([profile]);
		const quarantined = (await getAllRaw('quarantine')) as QuarantineRecord[];
		expect(quarantined).toEqual([
			expect.objectContaining({ store: 'profiles', key: '"default"', value: damaged }) as unknown
		]);
	});
});

describe('loadProfiles', () => {
	test('moves damaged profiles to quarantine and returns the rest', async () => {
		const good = makeProfile();
		await ensureProfile(good);
		await putRaw('profiles', { ...makeProfile({ id: 'phone' }), createdAt: 'last week' });
		expect(await loadProfiles()).toEqual([good]);
		expect(await countQuarantined()).toBe(1);
		expect(await getAllRaw('profiles')).toEqual([good]);
	});
});

describe('deleteProfile', () => {
	test('removes the profile and its answers, and nothing of other profiles', async () => {
		await saveProfile(makeProfile({ id: 'laptop' }));
		await saveProfile(makeProfile({ id: 'phone' }));
		await saveAnswer(makeAnswer({ profileId: 'laptop', itemId: 'screen-lock' }));
		await saveAnswer(makeAnswer({ profileId: 'laptop', itemId: 'os-auto-update' }));
		await saveAnswer(makeAnswer({ profileId: 'phone', itemId: 'screen-lock' }));

		await deleteProfile('laptop');

		expect((await loadProfiles()).map((p) => p.id)).toEqual(['phone']);
		expect(await loadAnswers('laptop')).toEqual([]);
		expect(await loadAnswers('phone')).toHaveLength(1);
	});
});
