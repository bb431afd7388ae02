import type { Tier } from '../content/vocabulary.ts';
import type { Locale } from '../shared/locale.ts';
import { toCsv } from './csv.ts';
import type { AggregateReport, BreakdownDimension } from './report-schema.ts';

export const ITEM_COLUMNS = [
	'item_id',
	'title',
	'category',
	'tier',
	'must_profiles',
	'applicable',
	'done',
	'not_yet',
	'unknown',
	'not_applicable',
	'waived',
	'changed',
	'due',
	'unanswered',
	'open',
	'open_percent',
	'done_percent'
] as const;

export const BREAKDOWN_COLUMNS = [
	'dimension',
	'group',
	'profiles',
	'must_all_done',
	'must_all_done_percent'
] as const;

export type CsvColumn = (typeof ITEM_COLUMNS)[number] | (typeof BREAKDOWN_COLUMNS)[number];

/** What the header and the coded cells say: words in a person's language, or ids for tools. */
export interface CsvLabels {
	column(id: CsvColumn): string;
	category(id: string): string;
	tier(tier: Tier): string;
	dimension(dimension: BreakdownDimension): string;
	/** A group's value; `null` is "not given". */
	group(dimension: BreakdownDimension, value: string | null): string;
}

/** The stable, machine-readable form (snake_case header, ids as they are; "not given" empty). */
export const MACHINE_LABELS: CsvLabels = {
	column: (id) => id,
	category: (id) => id,
	tier: (tier) => tier,
	dimension: (dimension) => dimension,
	group: (_dimension, value) => value ?? ''
};

/** One row per item, worst first, titles in `locale`; the drill-down stays in the JSON. */
export function itemsCsv(
	report: AggregateReport,
	locale: Locale,
	labels: CsvLabels = MACHINE_LABELS
): string {
	const rows = report.items.map((r) => [
		r.itemId,
		r.title[locale],
		labels.category(r.category),
		labels.tier(r.tier),
		r.mustProfiles,
		r.applicable,
		r.counts.done,
		r.counts.notYet,
		r.counts.unknown,
		r.counts.notApplicable,
		r.counts.waived,
		r.counts.changed,
		r.counts.due,
		r.counts.unanswered,
		r.open,
		r.openPercent,
		r.donePercent
	]);
	return toCsv(ITEM_COLUMNS.map(labels.column), rows);
}

/** One row per shown group (small groups are not in the report at all). */
export function breakdownsCsv(report: AggregateReport, labels: CsvLabels = MACHINE_LABELS): string {
	const rows = report.breakdowns.flatMap((b) =>
		b.groups.map((g) => [
			labels.dimension(b.dimension),
			labels.group(b.dimension, g.value),
			g.profiles,
			g.mustAllDone,
			g.mustAllDonePercent
		])
	);
	return toCsv(BREAKDOWN_COLUMNS.map(labels.column), rows);
}
