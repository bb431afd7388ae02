import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import type { Answer } from '$lib/domain/engine/answer';
import {
	deleteAnswer,
	loadAllAnswers,
	loadAnswers,
	saveAnswer,
	writesSettled
} from '$lib/storage/answers';
import { countQuarantined, exportRawData } from '$lib/storage/raw-export';
import type { QuarantineRecord } from '$lib/storage/schema';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';
import { makeAnswer } from '../../helpers/records';
import { getAllRaw, putRaw } from './raw-db';

useFreshIndexedDb();

describe('saveAnswer and loadAnswers', () => {
	test('an answer saved is the answer loaded', async () => {
		const answer = makeAnswer({ note: 'Checked with IT.' });
		await saveAnswer(answer);
		expect(await loadAnswers('default')).toEqual([answer]);
	});

	test('a database with no answers loads as an empty list', async () => {
		expect(await loadAnswers('default')).toEqual([]);
		expect(await loadAllAnswers()).toEqual([]);
	});

	test('saving the same item again replaces the answer', async () => {
		await saveAnswer(makeAnswer({ status: 'not-yet', revision: 1 }));
		await saveAnswer(makeAnswer({ status: 'done', revision: 2 }));
		expect(await loadAnswers('default')).toEqual([makeAnswer({ status: 'done', revision: 2 })]);
	});

	test('answers are kept per profile', async () => {
		const work = makeAnswer({ profileId: 'work', status: 'done' });
		const phone = makeAnswer({ profileId: 'phone', status: 'not-yet' });
		const phoneOther = makeAnswer({ profileId: 'phone', itemId: 'disk-encryption' });
		await saveAnswer(work);
		await saveAnswer(phone);
		await saveAnswer(phoneOther);
		expect(await loadAnswers('work')).toEqual([work]);
		expect(await loadAnswers('phone')).toEqual([phoneOther, phone]);
		expect(await loadAnswers('default')).toEqual([]);
		expect(await loadAllAnswers()).toHaveLength(3);
	});

	test('deleting an answer removes that item of that profile only, and a missing one is no error', async () => {
		const kept = makeAnswer({ profileId: 'phone' });
		await saveAnswer(makeAnswer());
		await saveAnswer(kept);
		await deleteAnswer('default', 'screen-lock');
		await deleteAnswer('default', 'never-answered');
		expect(await loadAllAnswers()).toEqual([kept]);
	});

	test('a profile id that is a prefix of another does not see its answers', async () => {
		await saveAnswer(makeAnswer({ profileId: 'work-laptop' }));
		expect(await loadAnswers('work')).toEqual([]);
	});

	test('stores the answer as the schema cleans it (trimmed note)', async () => {
		await saveAnswer(makeAnswer({ note: '  spaces around  ' }));
		expect((await loadAnswers('default'))[0]?.note).toBe('spaces around');
	});
});

describe('saveAnswer rejects an invalid answer without writing anything', () => {
	test.each<[string, Answer]>([
		['a waiver without reason', makeAnswer({ status: 'waiver' })],
		['a bidi override in the note', makeAnswer({ note: 'a\u202Eb' })],
		['a revision of 0', makeAnswer({ revision: 0 })],
		['an unknown key', { ...makeAnswer(), extra: true } as Answer],
		['a profile id with a space', makeAnswer({ profileId: 'my laptop' })]
	])('%s', async (_label, answer) => {
		await expect(saveAnswer(answer)).rejects.toThrow();
		expect(await getAllRaw('answers')).toEqual([]);
	});

	test('an earlier valid answer stays as it was', async () => {
		await saveAnswer(makeAnswer({ note: 'first' }));
		await expect(saveAnswer(makeAnswer({ note: '\u0007', revision: 2 }))).rejects.toThrow();
		expect(await loadAnswers('default')).toEqual([makeAnswer({ note: 'first' })]);
	});
});

describe('invalid records found on read', () => {
	const broken = { ...makeAnswer({ itemId: 'router-admin-password' }), status: 'bogus' };

	test('go to quarantine and are not returned', async () => {
		const good = makeAnswer();
		await saveAnswer(good);
		await putRaw('answers', broken);

		expect(await loadAnswers('default')).toEqual([good]);
		expect(await countQuarantined()).toBe(1);
		const [record] = (await getAllRaw('quarantine')) as QuarantineRecord[];
		expect(record).toMatchObject({
			store: 'answers',
			key: JSON.stringify(['default', 'router-admin-password']),
			value: broken,
			reason: expect.stringContaining('status') as unknown
		});
		// Moved, not copied: the answers store no longer holds it.
		expect(await getAllRaw('answers')).toEqual([good]);
	});

	test('are quarantined once, not again on every read', async () => {
		await putRaw('answers', broken);
		expect(await loadAnswers('default')).toEqual([]);
		expect(await loadAnswers('default')).toEqual([]);
		expect(await countQuarantined()).toBe(1);
	});

	test('several broken records, in any profile, are all caught by loadAllAnswers', async () => {
		const good = makeAnswer({ profileId: 'phone' });
		await saveAnswer(good);
		await putRaw(
			'answers',
			broken,
			{ ...makeAnswer({ profileId: 'phone', itemId: 'disk-encryption' }), revision: -1 },
			{ profileId: 'work', itemId: 'screen-lock' }
		);
		expect(await loadAllAnswers()).toEqual([good]);
		expect(await countQuarantined()).toBe(3);
		const reasons = ((await getAllRaw('quarantine')) as QuarantineRecord[]).map((r) => r.key);
		expect(reasons.sort()).toEqual(
			[
				'["default","router-admin-password"]',
				'["phone","disk-encryption"]',
				'["work","screen-lock"]'
			].sort()
		);
	});

	test('loadAnswers only quarantines within the profile it reads', async () => {
		await putRaw('answers', { ...broken, profileId: 'phone' });
		expect(await loadAnswers('default')).toEqual([]);
		expect(await countQuarantined()).toBe(0);
		expect(await loadAnswers('phone')).toEqual([]);
		expect(await countQuarantined()).toBe(1);
	});

	test('the quarantined record is still in the raw export', async () => {
		await putRaw('answers', broken);
		await loadAnswers('default');
		const raw = await exportRawData();
		expect(raw.quarantine).toEqual([expect.objectContaining({ value: broken }) as unknown]);
	});
});

describe('writesSettled', () => {
	test('waits for writes still in flight, and for failed ones too', async () => {
		let committed = false;
		const saving = saveAnswer(makeAnswer()).then(() => (committed = true));
		const failing = saveAnswer({ ...makeAnswer(), itemId: 'Not Kebab' }).catch(() => 'rejected');
		await writesSettled();
		expect(committed).toBe(true);
		expect(await failing).toBe('rejected');
		await saving;
	});

	test('resolves at once when nothing is being written', async () => {
		await expect(writesSettled()).resolves.toBeUndefined();
	});
});
