import type { Locale } from '../locale.ts';
import { toCsv } from './csv.ts';
import type { AggregateReport } from './report-schema.ts';

const ITEM_HEADER = [
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
];

/** One row per item, worst first, titles in `locale`; the drill-down stays in the JSON. */
export function itemsCsv(report: AggregateReport, locale: Locale): string {
	const rows = report.items.map((r) => [
		r.itemId,
		r.title[locale],
		r.category,
		r.tier,
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
	return toCsv(ITEM_HEADER, rows);
}

const BREAKDOWN_HEADER = [
	'dimension',
	'group',
	'profiles',
	'must_all_done',
	'must_all_done_percent'
];

/** One row per shown group (small groups are not in the report at all); "not given" is empty. */
export function breakdownsCsv(report: AggregateReport): string {
	const rows = report.breakdowns.flatMap((b) =>
		b.groups.map((g) => [b.dimension, g.value, g.profiles, g.mustAllDone, g.mustAllDonePercent])
	);
	return toCsv(BREAKDOWN_HEADER, rows);
}
