import 'fake-indexeddb/auto';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { AnswerBook } from '$lib/state/answer-book.svelte';
import { loadAnswers } from '$lib/storage/answers';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';

useFreshIndexedDb();

// Another tab of the app: its own channel object on the same name.
const otherTab = new BroadcastChannel('telework-check:tabs');
afterAll(() => otherTab.close());

const ITEM = 'screen-lock';

describe('taking an answer back', () => {
	test('the item is unanswered here and in storage, and "saved" once the delete committed', async () => {
		const book = new AnswerBook('p-work', '2026.11.1');
		await book.setStatus(ITEM, 'waiver', { reason: 'old PC', waiverUntil: '2027-01-31' });
		await book.setStatus('disk-encryption', 'done');
		const clearing = book.clear(ITEM);
		expect(book.answers[ITEM]).toBeUndefined();
		expect(book.saveStateOf(ITEM)).toBe('saving');
		await clearing;
		expect(book.saveStateOf(ITEM)).toBe('saved');
		expect((await loadAnswers('p-work')).map((a) => a.itemId)).toEqual(['disk-encryption']);

		const reloaded = new AnswerBook('p-work', '2026.11.1');
		await reloaded.load();
		expect(reloaded.answers[ITEM]).toBeUndefined();
		expect(reloaded.answers['disk-encryption']?.status).toBe('done');
	});

	test('an answer given again after it starts a new record', async () => {
		const book = new AnswerBook('default', '2026.11.1');
		await book.setStatus(ITEM, 'done');
		await book.setStatus(ITEM, 'not-yet');
		await book.clear(ITEM);
		await book.setStatus(ITEM, 'unknown');
		expect(book.answers[ITEM]).toMatchObject({ status: 'unknown', revision: 1 });
		expect(await loadAnswers('default')).toEqual([book.answers[ITEM]]);
	});

	test('the other tabs are told', async () => {
		const heard: unknown[] = [];
		otherTab.onmessage = (event) => {
			if (event.data?.kind === 'answer-cleared') heard.push(event.data);
		};
		const book = new AnswerBook('default', '2026.11.1');
		await book.setStatus(ITEM, 'done');
		await book.clear(ITEM);
		await vi.waitFor(() =>
			expect(heard).toEqual([{ kind: 'answer-cleared', profileId: 'default', itemId: ITEM }])
		);
		otherTab.onmessage = null;
	});

	test('what another tab took back goes here too, for this device profile only', async () => {
		const book = new AnswerBook('default', '2026.11.1');
		const stop = book.followOtherTabs();
		await book.setStatus(ITEM, 'done');
		await book.setStatus('disk-encryption', 'done');
		otherTab.postMessage({ kind: 'answer-cleared', profileId: 'p-phone', itemId: ITEM });
		otherTab.postMessage({
			kind: 'answer-cleared',
			profileId: 'default',
			itemId: 'disk-encryption'
		});
		await vi.waitFor(() => expect(book.answers['disk-encryption']).toBeUndefined());
		expect(book.answers[ITEM]?.status).toBe('done');
		stop();
	});
});
