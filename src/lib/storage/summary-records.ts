import { z } from '$lib/domain/shared/zod';
import type { SummaryTally } from '$lib/domain/formats/summary-tally';
import { postureSummarySchema, type PostureSummary } from '$lib/domain/formats/summary';

/**
 * A stored record as read back. Its summary was checked in full once, when its file was read,
 * and only a checked summary is ever written here: checking 10,000 summaries again on every
 * count took seconds. What is checked here is that the record is whole: its own fields, and a
 * summary that is an object with the record's digest (so a damaged record never reaches a
 * count, and is kept in quarantine rather than lost).
 */
export const recordSchema = z
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

/** The setting that holds the tallies' codebook. */
export const SUMMARY_CODEBOOK = 'summary-codebook';

export const codebookSchema = z.strictObject({
	items: z.array(z.string()),
	versions: z.array(z.string())
});

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

/**
 * Whether a tally read back is whole enough to unpack (a damaged one is simply not used). A
 * plain check rather than a schema: it runs for every stored summary on every count.
 */
export function isTally(value: unknown): value is SummaryTally {
	return (
		isObject(value) &&
		typeof value.digest === 'string' &&
		typeof value.key === 'string' &&
		typeof value.importedAt === 'string' &&
		value.answers instanceof ArrayBuffer &&
		typeof value.updated === 'string' &&
		typeof value.waivers === 'string' &&
		isObject(value.head) &&
		value.head.digest === value.digest
	);
}

/** Whether a record met by a migration is a whole stored summary, so it can be tallied. */
export function isStoredSummary(value: unknown): value is StoredSummary {
	const parsed = recordSchema.safeParse(value);
	return parsed.success && postureSummarySchema.safeParse(parsed.data.summary).success;
}
