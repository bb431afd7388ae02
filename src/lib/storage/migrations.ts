import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { answerSchema, DEFAULT_PROFILE_ID, type Answer } from '$lib/domain/engine/answer';
import { CodebookWriter, tallySummary } from '$lib/domain/formats/summary-tally';
import type { AnswerV1, AppDB, QuarantineRecord } from './schema';
import { isStoredSummary, SUMMARY_CODEBOOK } from './summary-records';

type UpgradeTx = IDBPTransaction<AppDB, StoreNames<AppDB>[], 'versionchange'>;
// Earlier versions had stores whose shapes no longer match AppDB, so those steps work untyped.
type AnyDB = IDBPDatabase<unknown>;

/** Version 1: one device; answers keyed by item id. */
function toV1(db: AnyDB): void {
	db.createObjectStore('answers', { keyPath: 'itemId' });
	db.createObjectStore('settings', { keyPath: 'key' });
	const quarantine = db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
	quarantine.createIndex('by-store', 'store');
}

/** A version-1 answer as a version-2 answer on the default device profile. */
function answerFromV1(old: AnswerV1): Answer {
	return answerSchema.parse({
		profileId: DEFAULT_PROFILE_ID,
		itemId: old.itemId,
		status: old.status,
		...(old.note ? { note: old.note } : {}),
		// Version 1 did not record the content version: '0' is older than every version, so the
		// answer needs a re-check wherever its item has changed since (`updatedIn`).
		contentVersion: '0',
		updatedAt: old.updatedAt,
		revision: 1
	});
}

/** Version 2: device profiles; answers keyed by [profileId, itemId]; v1 answers copied to backup_v1 first. */
async function toV2(db: AnyDB, tx: UpgradeTx): Promise<void> {
	const oldAnswers = (await tx.objectStore('answers' as never).getAll()) as AnswerV1[];
	db.deleteObjectStore('answers');
	const answers = db.createObjectStore('answers', { keyPath: ['profileId', 'itemId'] });
	answers.createIndex('by-profile', 'profileId');
	db.createObjectStore('profiles', { keyPath: 'id' });
	db.createObjectStore('backup_v1', { keyPath: 'itemId' });

	const now = new Date().toISOString();
	for (const old of oldAnswers) {
		await tx.objectStore('backup_v1').put(old);
		try {
			await tx.objectStore('answers').put(answerFromV1(old));
		} catch (error) {
			const record: QuarantineRecord = {
				store: 'answers',
				key: String(old?.itemId),
				value: old,
				reason: `migration to v2: ${error instanceof Error ? error.message : String(error)}`,
				quarantinedAt: now
			};
			await tx.objectStore('quarantine').add(record);
		}
	}
}

/**
 * Version 3: the organisation's policy packs (the followed one and the admin's draft), and the
 * posture summaries an admin imported (every accepted revision, keyed by its digest).
 */
function toV3(db: AnyDB): void {
	db.createObjectStore('packs', { keyPath: 'slot' });
	const summaries = db.createObjectStore('summaries', { keyPath: 'digest' });
	summaries.createIndex('by-respondent-profile', 'key');
}

/**
 * Version 4: each stored summary also packed for counting (its tally; see summary-tally.ts).
 * A summary without one is still counted, from its full record, only more slowly.
 */
async function toV4(db: AnyDB, tx: UpgradeTx): Promise<void> {
	db.createObjectStore('tallies', { keyPath: 'digest' });
	const book = new CodebookWriter();
	const records = await tx.objectStore('summaries').getAll();
	for (const record of records) {
		const tally = isStoredSummary(record) ? tallySummary(record, book) : undefined;
		if (tally) await tx.objectStore('tallies').put(tally);
	}
	if (records.length > 0) {
		await tx.objectStore('settings').put({ key: SUMMARY_CODEBOOK, value: book.book });
	}
}

/**
 * Runs every step from `oldVersion` up, in the upgrade transaction only (no other awaits).
 * A failing step aborts the whole upgrade so the database stays at its old version, data intact;
 * the open request then fails with an AbortError, which is where the caller sees the problem.
 */
export async function migrate(
	db: IDBPDatabase<AppDB>,
	oldVersion: number,
	tx: UpgradeTx
): Promise<void> {
	const anyDb = db as unknown as AnyDB;
	try {
		if (oldVersion < 1) toV1(anyDb);
		if (oldVersion < 2) await toV2(anyDb, tx);
		if (oldVersion < 3) toV3(anyDb);
		if (oldVersion < 4) await toV4(anyDb, tx);
	} catch (error) {
		console.error('Database upgrade failed; nothing was changed', error);
		tx.abort();
	}
}
