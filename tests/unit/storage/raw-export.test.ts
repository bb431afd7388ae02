import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { saveAnswer } from '$lib/storage/answers';
import { ensureProfile } from '$lib/storage/profiles';
import { countQuarantined, exportRawData } from '$lib/storage/raw-export';
import { setSetting } from '$lib/storage/settings';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';
import { makeAnswer, makeProfile } from '../../helpers/records';
import { putRaw } from './raw-db';

useFreshIndexedDb();

test('lists every store with every record', async () => {
	const answer = makeAnswer({ note: 'メモ' });
	const profile = makeProfile();
	await saveAnswer(answer);
	await ensureProfile(profile);
	await setSetting('theme', 'dark');
	expect(await exportRawData()).toEqual({
		answers: [answer],
		backup_v1: [],
		packs: [],
		profiles: [profile],
		quarantine: [],
		settings: [{ key: 'theme', value: 'dark' }],
		summaries: []
	});
});

test('includes damaged records as they are, without validating or moving them', async () => {
	const damaged = { profileId: 'default', itemId: 'screen-lock', status: 'bogus', note: '\u0000' };
	await putRaw('answers', damaged);
	const raw = await exportRawData();
	expect(raw.answers).toEqual([damaged]);
	expect(raw.quarantine).toEqual([]);
	expect(await countQuarantined()).toBe(0);
});

test('the export survives a round trip through JSON', async () => {
	await saveAnswer(makeAnswer());
	await ensureProfile(makeProfile());
	const raw = await exportRawData();
	expect(JSON.parse(JSON.stringify(raw))).toEqual(raw);
});
