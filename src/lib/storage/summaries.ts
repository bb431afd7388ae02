import { z } from '$lib/domain/shared/zod';
import type { PostureSummary } from '$lib/domain/formats/summary';
import { summaryKey } from '$lib/domain/formats/import-summaries';
import { allOrNothing } from './all-or-nothing';
import { withDb } from './connection';
import { keepValid, readWithKeys } from './validated-read';

/**
 * A stored record as read back. Its summary was checked in full once, when its file was read,
 * and only a checked summary is ever written here: checking 10,000 summaries again on every
 * count took seconds. What is checked here is that the record is whole: its own fields, and a
 * summary that is an object with the record's digest (so a damaged record never reaches a
 * count, and is kept in quarantine rather than lost).
 */
const recordSchema = z
	.strictObject({
		digest: z.string().regex(/^[0-9a-f]{64}$/),
		key: z.string().max(200),
		summary: z.custom<PostureSummary>((value) => typeof value === 'object' && value !== null),
		importedAt: z.iso.datetime()
	})
	.refine((record) => record.summary.digest === record.digest, {
		message: 'the summary is not the one this record names',
		path: ['summary']
	});
export type StoredSummary = z.infer<typeof recordSchema>;

/** Every imported summary kept (the latest revision per respondent and device). */
export async function loadSummaries(): Promise<StoredSummary[]> {
	return withDb(async (db) =>
		keepValid(db, 'summaries', await readWithKeys(db, 'summaries'), recordSchema)
	);
}

/**
 * Stores the accepted summaries (each checked when its file was read) and removes the older
 * revisions they replace, in one strict transaction: the whole import lands, or nothing of it.
 */
export async function commitSummaries(
	accepted: readonly { summary: PostureSummary; replaces?: string }[],
	importedAt: string
): Promise<void> {
	await withDb(async (db) => {
		const tx = db.transaction('summaries', 'readwrite', { durability: 'strict' });
		await allOrNothing(tx, (requests) => {
			for (const { replaces } of accepted) if (replaces) requests.push(tx.store.delete(replaces));
			for (const { summary } of accepted) {
				const record = { digest: summary.digest, key: summaryKey(summary), summary, importedAt };
				requests.push(tx.store.put(record));
			}
		});
	});
}
