import type { AggregateReport, ItemRow } from './report-schema.ts';

type DrillDown = ItemRow['drillDown'];
type DrillGroup = keyof DrillDown;

/**
 * The report as it travels from the admin worker to the page. Who to ask about each item is a
 * list of profile keys: with 10,000 devices the lists hold a quarter of a million keys (10 MB as
 * text), and receiving them held the page past 50 ms. Each device's key now travels once, in
 * one text, and each list as numbers into it (a typed array is copied as one block); a list is
 * turned back into keys only when someone opens it.
 */
export type PackedReport = Omit<AggregateReport, 'items'> & {
	/** Every profile key a list names, each once, one a line. */
	profileKeys: string;
	items: (Omit<ItemRow, 'drillDown'> & { drillDown: Record<DrillGroup, Uint32Array> })[];
};

const GROUPS: readonly DrillGroup[] = ['notYet', 'unknown', 'stale', 'unanswered'];

/** Profile keys are `respondentId/profileRef`: neither part can hold a line break. */
const LINE = '\n';

export function packReport(report: AggregateReport): PackedReport {
	const numbers = new Map<string, number>();
	const numberOf = (key: string) => {
		let number = numbers.get(key);
		if (number === undefined) numbers.set(key, (number = numbers.size));
		return number;
	};
	const items = report.items.map((row) => ({
		...row,
		drillDown: Object.fromEntries(
			GROUPS.map((group) => [group, Uint32Array.from(row.drillDown[group], numberOf)])
		) as Record<DrillGroup, Uint32Array>
	}));
	return { ...report, profileKeys: [...numbers.keys()].join(LINE), items };
}

/** Each list made from its numbers the first time it is read (the JSON export reads them all). */
function lazyDrillDown(packed: Record<DrillGroup, Uint32Array>, keys: () => string[]): DrillDown {
	const made = new Map<DrillGroup, string[]>();
	const list = (group: DrillGroup) => {
		let listed = made.get(group);
		if (!listed) {
			const all = keys();
			made.set(group, (listed = Array.from(packed[group], (number) => all[number]!)));
		}
		return listed;
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

export function unpackReport({ profileKeys, ...packed }: PackedReport): AggregateReport {
	let split: string[] | undefined;
	const keys = () => (split ??= profileKeys === '' ? [] : profileKeys.split(LINE));
	return {
		...packed,
		items: packed.items.map((row) => ({ ...row, drillDown: lazyDrillDown(row.drillDown, keys) }))
	};
}
