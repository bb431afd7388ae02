import type { Answer } from '$lib/domain/engine/answer';
import { withDb } from './connection';
import { keepValid, readWithKeys, type SchemaLoader } from './validated-read';

const answerSchema: SchemaLoader<Answer> = async () =>
	(await import('$lib/domain/engine/answer')).answerSchema;

export const SAVE_MEASURE = 'twc:save-answer';

const inFlight = new Set<Promise<void>>();

/** Counts `writing` in flight until it settles (`writesSettled`). */
async function tracked(writing: Promise<void>): Promise<void> {
	inFlight.add(writing);
	try {
		await writing;
	} finally {
		inFlight.delete(writing);
	}
}

/**
 * Writes one answer and resolves only after the strict transaction committed to disk:
 * the caller may say "Saved" then, and not before. Rejects on any failure (quota, closed
 * connection that could not be reopened, invalid answer) without writing anything.
 */
export function saveAnswer(answer: Answer): Promise<void> {
	// In flight from the call on: the schema may still be loading when an erase asks.
	return tracked(
		(async () => {
			const record = (await answerSchema()).parse(answer);
			const start = performance.now();
			await withDb(async (db) => {
				const tx = db.transaction('answers', 'readwrite', { durability: 'strict' });
				await Promise.all([tx.store.put(record), tx.done]);
			});
			// Read by `npm run bench` for the save-latency figure.
			performance.measure(SAVE_MEASURE, { start, end: performance.now() });
		})()
	);
}

/**
 * Removes one answer (the item is unanswered again) and resolves only after the strict
 * transaction committed, like `saveAnswer`. Removing an answer that is not there is no error.
 */
export function deleteAnswer(profileId: string, itemId: string): Promise<void> {
	return tracked(
		withDb(async (db) => {
			const tx = db.transaction('answers', 'readwrite', { durability: 'strict' });
			await Promise.all([tx.store.delete([profileId, itemId]), tx.done]);
		})
	);
}

/** Resolves once every write started so far has committed or failed (before a reload, say). */
export async function writesSettled(): Promise<void> {
	await Promise.allSettled([...inFlight]);
}

/** The valid answers of one device profile; invalid records go to quarantine. */
export async function loadAnswers(profileId: string): Promise<Answer[]> {
	return withDb(async (db) => {
		const range = IDBKeyRange.bound([profileId, ''], [profileId, '\uffff']);
		return keepValid(db, 'answers', await readWithKeys(db, 'answers', range), answerSchema);
	});
}

/** Every valid answer on this device, all profiles. */
export async function loadAllAnswers(): Promise<Answer[]> {
	return withDb(async (db) =>
		keepValid(db, 'answers', await readWithKeys(db, 'answers'), answerSchema)
	);
}
