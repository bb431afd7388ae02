import {
	judgeRevisions,
	type RevisionFacts,
	type RevisionOutcome
} from '../lib/domain/formats/import-summaries.ts';
import { outcomeText } from '../lib/i18n/outcome-text.ts';
import { fileNameText } from '../lib/i18n/problem-text.ts';
import type { Skipped } from './list-inputs.ts';

/** What reading one file gave: what the revision rules need, or why it was not taken. */
export type FileVerdict = { facts: RevisionFacts } | { rejected: string } | { skipped: string };
export type FileResult = FileVerdict & { name: string };
/** An entry the listing did not read, by the name shown. */
export type ListedSkip = Omit<Skipped, 'path'> & { name: string };

export interface Report {
	/** One line per file not plainly accepted: `kind: name: why`, the faults last. */
	lines: string[];
	/** "57 of 60 files accepted; 2 superseded by …, 1 rejected; 3 entries skipped" */
	summary: string;
	/** 1 when a file was rejected, in conflict or skipped; else 0. */
	status: 0 | 1;
}

type Kind = RevisionOutcome['kind'];

interface Sorted {
	judged: { name: string; outcome: RevisionOutcome }[];
	rejected: string[];
	skipped: ListedSkip[];
	ignored: ListedSkip[];
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);

/**
 * The run's report. The revision rules are the import page's (`judgeRevisions`), applied once
 * every file is read, and worded with the page's outcome words (`outcomeText`), so a folder
 * and a drop of the same files tell the same story.
 */
export function runReport(results: readonly FileResult[], listed: readonly ListedSkip[]): Report {
	const sorted = sortOut(results, listed);
	const faults = sorted.skipped.length + sorted.rejected.length + of(sorted, 'conflict').length;
	return { lines: lines(sorted), summary: summary(sorted), status: faults > 0 ? 1 : 0 };
}

function sortOut(results: readonly FileResult[], listed: readonly ListedSkip[]): Sorted {
	const sorted = [...results].sort(byName);
	const read = sorted.flatMap((r) => ('facts' in r ? [r] : []));
	const outcomes = judgeRevisions(
		[],
		read.map((r) => r.facts)
	);
	const skippedOnRead = sorted.flatMap((r) =>
		'skipped' in r ? [{ name: r.name, reason: r.skipped }] : []
	);
	return {
		judged: read.map(({ name }, i) => ({ name, outcome: outcomes[i]! })),
		rejected: sorted.flatMap((r) => ('rejected' in r ? [r.rejected] : [])),
		skipped: [...listed.filter((s) => !s.ignored), ...skippedOnRead].sort(byName),
		ignored: listed.filter((s) => s.ignored)
	};
}

const of = (sorted: Sorted, kind: Kind) => sorted.judged.filter((j) => j.outcome.kind === kind);

function lines(sorted: Sorted): string[] {
	const judged = (kind: Kind) =>
		of(sorted, kind).map(
			({ name, outcome }) => `${kind}: ${fileNameText('en', name)}: ${outcomeText('en', outcome)}`
		);
	const listed = (kind: string, list: ListedSkip[]) =>
		list.map((s) => `${kind}: ${fileNameText('en', s.name)}: ${s.reason}`);
	return [
		...listed('ignored', sorted.ignored),
		...judged('duplicate'),
		...judged('superseded'),
		...listed('skipped', sorted.skipped),
		...sorted.rejected.map((text) => `rejected: ${text}`),
		...judged('conflict')
	];
}

function summary(sorted: Sorted): string {
	const details = [
		count(of(sorted, 'superseded').length, 'superseded by a newer revision of the same device'),
		count(of(sorted, 'duplicate').length, 'duplicate', 'duplicates'),
		count(of(sorted, 'conflict').length, 'in conflict'),
		count(sorted.rejected.length, 'rejected')
	];
	const others = [
		count(sorted.skipped.length, 'entry skipped', 'entries skipped'),
		count(sorted.ignored.length, 'ignored')
	];
	const total = sorted.judged.length + sorted.rejected.length;
	return [
		`${of(sorted, 'accepted').length} of ${total} files accepted`,
		details.filter(Boolean).join(', '),
		others.filter(Boolean).join(', ')
	]
		.filter(Boolean)
		.join('; ');
}

/** "2 in conflict", "1 entry skipped"; nothing for none. */
function count(n: number, one: string, many = one): string {
	return n === 0 ? '' : `${n} ${n === 1 ? one : many}`;
}
