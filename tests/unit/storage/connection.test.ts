import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { describe, expect, test, vi } from 'vitest';
import { loadAnswers, saveAnswer } from '$lib/storage/answers';
import {
	closeDb,
	getDb,
	NewerVersionError,
	onConnectionEvent,
	withDb,
	type ConnectionEvent
} from '$lib/storage/connection';
import { DB_NAME, DB_VERSION } from '$lib/storage/schema';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';
import { makeAnswer } from '../../helpers/records';

useFreshIndexedDb();

/** Records connection events for one test. */
function recordEvents(): { events: ConnectionEvent[]; stop: () => void } {
	const events: ConnectionEvent[] = [];
	const stop = onConnectionEvent((event) => events.push(event));
	return { events, stop };
}

describe('getDb', () => {
	test('shares one connection', async () => {
		const [a, b] = await Promise.all([getDb(), getDb()]);
		expect(a).toBe(b);
		expect(await getDb()).toBe(a);
	});

	test('closeDb makes the next use open a new connection', async () => {
		const first = await getDb();
		await closeDb();
		const second = await getDb();
		expect(second).not.toBe(first);
		expect(second.version).toBe(DB_VERSION);
	});
});

describe('withDb', () => {
	test('reopens when the connection was closed under it', async () => {
		const db = await getDb();
		db.close();
		const answer = makeAnswer();
		await saveAnswer(answer);
		expect(await loadAnswers('default')).toEqual([answer]);
		expect(await getDb()).not.toBe(db);
	});

	test('tries only once more, and passes other errors straight on', async () => {
		const work = vi.fn(() => Promise.reject(new TypeError('not a connection problem')));
		await expect(withDb(work)).rejects.toThrow(TypeError);
		expect(work).toHaveBeenCalledTimes(1);

		const alwaysClosed = vi.fn(() =>
			Promise.reject(new DOMException('The connection is closed', 'InvalidStateError'))
		);
		await expect(withDb(alwaysClosed)).rejects.toThrow('The connection is closed');
		expect(alwaysClosed).toHaveBeenCalledTimes(2);
	});

	test('reopens after the browser terminated the connection', async () => {
		const { events, stop } = recordEvents();
		const db = await getDb();
		// forceCloseDatabase's declared parameter type is wrong (the class, not an instance).
		forceCloseDatabase(unwrap(db) as unknown as Parameters<typeof forceCloseDatabase>[0]);
		await vi.waitFor(() => expect(events).toEqual(['terminated']));
		const answer = makeAnswer();
		await saveAnswer(answer);
		expect(await loadAnswers('default')).toEqual([answer]);
		stop();
	});
});

describe('other tabs', () => {
	test('an older connection that stays open is reported as "blocked"', async () => {
		const { events, stop } = recordEvents();
		const old = await openDB(DB_NAME, 1, {
			upgrade(db) {
				db.createObjectStore('answers', { keyPath: 'itemId' });
				db.createObjectStore('settings', { keyPath: 'key' });
				const q = db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
				q.createIndex('by-store', 'store');
			}
		});
		const loading = loadAnswers('default');
		await vi.waitFor(() => expect(events).toContain('blocked'));
		old.close();
		expect(await loading).toEqual([]);
		stop();
	});

	test('a newer version elsewhere closes this connection and asks for a reload', async () => {
		const { events, stop } = recordEvents();
		await saveAnswer(makeAnswer());
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		expect(events).toEqual(['blocking']);
		await expect(loadAnswers('default')).rejects.toBeInstanceOf(NewerVersionError);
		await expect(getDb()).rejects.toBeInstanceOf(NewerVersionError);
		newer.close();
		stop();
	});
});

describe('onConnectionEvent', () => {
	test('stops calling a listener once it is removed', async () => {
		const listener = vi.fn();
		const stop = onConnectionEvent(listener);
		stop();
		await getDb();
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		expect(listener).not.toHaveBeenCalled();
		newer.close();
	});
});
