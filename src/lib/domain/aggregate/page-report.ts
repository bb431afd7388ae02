import type { AggregateReport, ItemRow } from './report-schema.ts';

type DrillDown = ItemRow['drillDown'];
type DrillGroup = keyof DrillDown;

/**
 * The report as it travels from the admin worker to the page: who to ask about each item is
 * one text of profile keys, one a line, instead of a list. With 10,000 devices the lists hold
 * a quarter of a million keys, and receiving them as lists held the page for a long pause;
 * a text each arrives at once, and is split only when someone opens it.
 */
export type PackedReport = Omit<AggregateReport, 'items'> & {
	items: (Omit<ItemRow, 'drillDown'> & { drillDown: Record<DrillGroup, string> })[];
};

const GROUPS: readonly DrillGroup[] = ['notYet', 'unknown', 'stale', 'unanswered'];

/** Profile keys are `respondentId/profileRef`: neither part can hold a line break. */
const LINE = '\n';

export function packReport(report: AggregateReport): PackedReport {
	return {
		...report,
		items: report.items.map((row) => ({
			...row,
			drillDown: Object.fromEntries(
				GROUPS.map((group) => [group, row.drillDown[group].join(LINE)])
			) as Record<DrillGroup, string>
		}))
	};
}

/** Each list split from its text the first time it is read (the JSON export reads them all). */
function lazyDrillDown(packed: Record<DrillGroup, string>): DrillDown {
	const split = new Map<DrillGroup, string[]>();
	const list = (group: DrillGroup) => {
		let keys = split.get(group);
		if (!keys) split.set(group, (keys = packed[group] === '' ? [] : packed[group].split(LINE)));
		return keys;
	};
	return {
		get notYet() {
			return list('notYet');
		},
		get unknown() {
			return list('unknown');
		},
		get stale() {
			return list('stale');
		},
		get unanswered() {
			return list('unanswered');
		}
	};
}

export function unpackReport(packed: PackedReport): AggregateReport {
	return {
		...packed,
		items: packed.items.map((row) => ({ ...row, drillDown: lazyDrillDown(row.drillDown) }))
	};
}
