import 'fake-indexeddb/auto';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { AnswerBook } from '$lib/state/answer-book.svelte';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';
import { makeAnswer } from '../../helpers/records';

useFreshIndexedDb();

// Another tab of the app: its own channel object on the same name.
const otherTab = new BroadcastChannel('telework-check:tabs');
const stored = (answer: unknown) => otherTab.postMessage({ kind: 'answer-stored', answer });
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));
afterAll(() => otherTab.close());

function following(profileId = 'default'): AnswerBook {
	const book = new AnswerBook(profileId, '2026.11.1');
	stops.push(book.followOtherTabs());
	return book;
}

const ITEM = 'screen-lock';

describe('a checklist open in another tab', () => {
	test('its stored answer is shown here, and the next change here builds on it', async () => {
		const book = following();
		await book.setStatus(ITEM, 'done');
		stored(makeAnswer({ itemId: ITEM, status: 'not-yet', revision: 2 }));
		await vi.waitFor(() => expect(book.answers[ITEM]?.status).toBe('not-yet'));
		await book.setStatus(ITEM, 'unknown');
		expect(book.answers[ITEM]?.revision).toBe(3);
	});

	test('an answer stored here is announced to the other tab', async () => {
		// Announcements of earlier tests may still be on their way: listen for this item only.
		const heard: unknown[] = [];
		otherTab.onmessage = (event) => {
			if (event.data?.answer?.itemId === 'wifi-encryption') heard.push(event.data);
		};
		await following().setStatus('wifi-encryption', 'done');
		await vi.waitFor(() =>
			expect(heard).toEqual([
				{
					kind: 'answer-stored',
					answer: expect.objectContaining({
						itemId: 'wifi-encryption',
						status: 'done',
						revision: 1
					})
				}
			])
		);
		otherTab.onmessage = null;
	});

	test('an older revision, another device profile, a malformed or unknown message changes nothing', async () => {
		const book = following();
		await book.setStatus(ITEM, 'done');
		await book.setStatus(ITEM, 'not-yet');
		stored(makeAnswer({ itemId: ITEM, status: 'done', revision: 1 }));
		stored(makeAnswer({ profileId: 'p-phone', itemId: ITEM, revision: 9 }));
		stored({ itemId: ITEM, status: 'done', revision: 99, __proto__: null });
		otherTab.postMessage(makeAnswer({ itemId: ITEM, revision: 50 }));
		otherTab.postMessage({ kind: 'something-else', answer: makeAnswer({ revision: 50 }) });
		// A message that is taken arrives after these: once it is here, the others were seen.
		stored(makeAnswer({ itemId: 'disk-encryption', revision: 1 }));
		await vi.waitFor(() => expect(book.answers['disk-encryption']).toBeDefined());
		expect(book.answers[ITEM]).toMatchObject({ status: 'not-yet', revision: 2 });
	});

	test('after it stops following, nothing more is taken', async () => {
		const book = new AnswerBook('default', '2026.11.1');
		book.followOtherTabs()();
		const control = following();
		stored(makeAnswer({ itemId: ITEM, revision: 1 }));
		await vi.waitFor(() => expect(control.answers[ITEM]).toBeDefined());
		expect(book.answers[ITEM]).toBeUndefined();
	});
});
