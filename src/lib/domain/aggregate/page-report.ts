import type { AggregateReport, ItemRow } from './report-schema.ts';

type DrillDown = ItemRow['drillDown'];
type DrillGroup = keyof DrillDown;
type Attestation = AggregateReport['attestation'];

/**
 * The report as it travels from the admin worker to the page. Who to ask about each item is a
 * list of profile keys: with 10,000 devices the lists hold a quarter of a million keys (10 MB as
 * text), and receiving them held the page past 50 ms. Each device's key now travels once, in
 * one text, and each list as numbers into it (a typed array is copied as one block); a list is
 * turned back into keys only when someone opens it. The people due for a check (thousands of
 * small objects, slow to receive) travel as JSON text, read when the page first shows them.
 */
export type PackedReport = Omit<AggregateReport, 'items' | 'attestation'> & {
	attestation: Omit<Attestation, 'due'> & { due: string };
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
	const attestation = { ...report.attestation, due: JSON.stringify(report.attestation.due) };
	return { ...report, attestation, profileKeys: [...numbers.keys()].join(LINE), items };
}

/** The attestation with its list of people read from its text the first time it is read. */
function lazyAttestation({ due, ...counts }: PackedReport['attestation']): Attestation {
	let people: Attestation['due'] | undefined;
	return Object.defineProperty({ ...counts }, 'due', {
		enumerable: true,
		get: () => (people ??= JSON.parse(due) as Attestation['due'])
	}) as Attestation;
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

export function unpackReport({
	profileKeys,
	attestation,
	...packed
}: PackedReport): AggregateReport {
	let split: string[] | undefined;
	const keys = () => (split ??= profileKeys === '' ? [] : profileKeys.split(LINE));
	return {
		...packed,
		attestation: lazyAttestation(attestation),
		items: packed.items.map((row) => ({ ...row, drillDown: lazyDrillDown(row.drillDown, keys) }))
	};
}
