import type { IDBPTransaction } from 'idb';
import type { PostureSummary } from '$lib/domain/formats/summary';
import { summaryKey } from '$lib/domain/formats/import-summaries';
import {
	CodebookWriter,
	tallySummary,
	untallySummary,
	type Codebook
} from '$lib/domain/formats/summary-tally';
import { allOrNothing } from './all-or-nothing';
import { withDb } from './connection';
import type { AppDB } from './schema';
import {
	codebookSchema,
	recordSchema,
	SUMMARY_CODEBOOK,
	isTally,
	type StoredSummary
} from './summary-records';
import { keepValid } from './validated-read';

type SummaryTx = IDBPTransaction<
	AppDB,
	('summaries' | 'tallies' | 'settings')[],
	IDBTransactionMode
>;

async function readCodebook(tx: SummaryTx): Promise<Codebook | undefined> {
	const parsed = codebookSchema.safeParse(
		(await tx.objectStore('settings').get(SUMMARY_CODEBOOK))?.value
	);
	return parsed.success ? parsed.data : undefined;
}

/** The stored summaries their tallies stand for, by digest (damaged tallies left out). */
function unpackTallies(tallies: unknown[], book: Codebook | undefined): Map<string, StoredSummary> {
	const unpacked = new Map<string, StoredSummary>();
	if (!book) return unpacked;
	for (const tally of tallies) {
		if (!isTally(tally)) continue;
		const { digest, key, importedAt } = tally;
		const summary = untallySummary(tally, book);
		if (summary) unpacked.set(digest, { digest, key, summary, importedAt });
	}
	return unpacked;
}

/**
 * Every imported summary kept (the latest revision per respondent and device). Each is read
 * from its tally where it has a whole one, else from its full record (checked, and kept in
 * quarantine if damaged).
 */
export async function loadSummaries(): Promise<StoredSummary[]> {
	return withDb(async (db) => {
		const tx = db.transaction(['summaries', 'tallies', 'settings'], 'readonly');
		const [digests, tallies, book] = await Promise.all([
			tx.objectStore('summaries').getAllKeys(),
			tx.objectStore('tallies').getAll(),
			readCodebook(tx)
		]);
		const unpacked = unpackTallies(tallies, book);
		const missing = digests.filter((digest) => !unpacked.has(digest));
		const records = await Promise.all(
			missing.map(async (key) => ({ key, value: await tx.objectStore('summaries').get(key) }))
		);
		await tx.done;
		const full = await keepValid(db, 'summaries', records, async () => recordSchema);
		const byDigest = new Map(full.map((record) => [record.digest, record]));
		return digests.flatMap((digest) => unpacked.get(digest) ?? byDigest.get(digest) ?? []);
	});
}

/**
 * Stores the accepted summaries (each checked when its file was read), with their tallies, and
 * removes the older revisions they replace, in one strict transaction: the whole import lands,
 * or nothing of it.
 */
export async function commitSummaries(
	accepted: readonly { summary: PostureSummary; replaces?: string }[],
	importedAt: string
): Promise<void> {
	await withDb(async (db) => {
		const tx = db.transaction(['summaries', 'tallies', 'settings'], 'readwrite', {
			durability: 'strict'
		});
		const book = new CodebookWriter(await readCodebook(tx));
		await allOrNothing(tx, (requests) => {
			for (const { replaces } of accepted) {
				if (!replaces) continue;
				requests.push(tx.objectStore('summaries').delete(replaces));
				requests.push(tx.objectStore('tallies').delete(replaces));
			}
			for (const { summary } of accepted) {
				const record = { digest: summary.digest, key: summaryKey(summary), summary, importedAt };
				requests.push(tx.objectStore('summaries').put(record));
				const tally = tallySummary(record, book);
				if (tally) requests.push(tx.objectStore('tallies').put(tally));
			}
			requests.push(tx.objectStore('settings').put({ key: SUMMARY_CODEBOOK, value: book.book }));
		});
	});
}
