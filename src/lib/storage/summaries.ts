import { z } from '$lib/domain/zod';
import { postureSummarySchema, type PostureSummary } from '$lib/domain/formats/summary';
import { summaryKey } from '$lib/domain/formats/import-summaries';
import { withDb } from './connection';
import { mapInSlices } from './in-slices';
import { keepValid, readWithKeys } from './validated-read';

const recordSchema = z.strictObject({
	digest: z.string().regex(/^[0-9a-f]{64}$/),
	key: z.string().max(200),
	summary: postureSummarySchema,
	importedAt: z.iso.datetime()
});
export type StoredSummary = z.infer<typeof recordSchema>;

/** Every imported summary kept (the latest revision per respondent and device). */
export async function loadSummaries(): Promise<StoredSummary[]> {
	return withDb(async (db) =>
		keepValid(db, 'summaries', await readWithKeys(db, 'summaries'), recordSchema)
	);
}

/**
 * Stores the accepted summaries and removes the older revisions they replace, in one strict
 * transaction: the whole import lands, or nothing of it.
 */
export async function commitSummaries(
	accepted: readonly { summary: PostureSummary; replaces?: string }[],
	importedAt: string
): Promise<void> {
	const records = await mapInSlices(accepted, ({ summary }) =>
		recordSchema.parse({ digest: summary.digest, key: summaryKey(summary), summary, importedAt })
	);
	await withDb(async (db) => {
		const tx = db.transaction('summaries', 'readwrite', { durability: 'strict' });
		await Promise.all([
			...accepted.flatMap(({ replaces }) => (replaces ? [tx.store.delete(replaces)] : [])),
			...records.map((record) => tx.store.put(record)),
			tx.done
		]);
	});
}
