import {
	DEVICE_TYPES,
	METHODS,
	NETWORKS,
	OPERATING_SYSTEMS,
	OWNERSHIPS,
	PLACES
} from '../content/vocabulary.ts';
import { compareText } from './compare-text.ts';
import { mustAllDone } from './must-coverage.ts';
import { percentOf } from './percent.ts';
import type { ProfileRecord } from './profile-record.ts';
import {
	BREAKDOWN_DIMENSIONS,
	type Breakdown,
	type BreakdownDimension,
	type BreakdownGroup
} from './report-schema.ts';

type Value = string | null;

/** The groups a profile belongs to; sets (networks, places, methods) put it in several. */
const VALUES: Record<BreakdownDimension, (record: ProfileRecord) => readonly Value[]> = {
	ownership: (r) => [r.checklist.context.ownership],
	deviceType: (r) => [r.checklist.context.deviceType],
	os: (r) => [r.checklist.context.os],
	network: (r) => r.checklist.context.networks,
	place: (r) => r.checklist.context.places,
	// No method is "I don't know how I reach work".
	method: (r) => (r.checklist.context.methods.length > 0 ? r.checklist.context.methods : [null]),
	department: (r) => [r.department ?? null]
};

const ORDER: Partial<Record<BreakdownDimension, readonly string[]>> = {
	ownership: OWNERSHIPS,
	deviceType: DEVICE_TYPES,
	os: OPERATING_SYSTEMS,
	network: NETWORKS,
	place: PLACES,
	method: METHODS
};

/** Vocabulary order where there is one, else by text; "not given" last. */
function groupOrder(dimension: BreakdownDimension) {
	const order = ORDER[dimension];
	const rank = (v: string) => order?.indexOf(v) ?? 0;
	return (a: BreakdownGroup, b: BreakdownGroup) => {
		if (a.value === null || b.value === null)
			return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
		return rank(a.value) - rank(b.value) || compareText(a.value, b.value);
	};
}

/** Dimensions where each profile is in exactly one group: their groups add up to the total. */
const PARTITIONS: ReadonlySet<BreakdownDimension> = new Set([
	'ownership',
	'deviceType',
	'os',
	'department'
]);

/**
 * Drops every group under `minGroupSize`. Where the groups add up to the total, it then also
 * drops the smallest shown ones while the hidden groups together hold fewer than `minGroupSize`:
 * otherwise the total minus the shown groups would give a small group's size and MUST count.
 * (Sets such as networks do not add up to anything published, so that subtraction is not open.)
 */
function suppressSmall(
	groups: BreakdownGroup[],
	minGroupSize: number,
	partition: boolean
): BreakdownGroup[] {
	// `groups` are in display order and sort is stable: equal sizes go in that order.
	const bySize = [...groups].sort((a, b) => a.profiles - b.profiles);
	let hidden = 0;
	let cut = 0;
	while (cut < bySize.length && bySize[cut]!.profiles < minGroupSize) {
		hidden += bySize[cut++]!.profiles;
	}
	while (partition && cut < bySize.length && hidden > 0 && hidden < minGroupSize) {
		hidden += bySize[cut++]!.profiles;
	}
	const shown = new Set(bySize.slice(cut));
	return groups.filter((g) => shown.has(g));
}

function breakdown(
	dimension: BreakdownDimension,
	records: readonly ProfileRecord[],
	minGroupSize: number
): Breakdown {
	const tallies = new Map<Value, { profiles: number; mustAllDone: number }>();
	for (const record of records) {
		for (const value of VALUES[dimension](record)) {
			const tally = tallies.get(value) ?? { profiles: 0, mustAllDone: 0 };
			tally.profiles += 1;
			if (mustAllDone(record)) tally.mustAllDone += 1;
			tallies.set(value, tally);
		}
	}
	const groups = [...tallies].map(([value, t]) => ({
		value,
		...t,
		mustAllDonePercent: percentOf(t.mustAllDone, t.profiles)
	}));
	return {
		dimension,
		groups: suppressSmall(
			groups.sort(groupOrder(dimension)),
			minGroupSize,
			PARTITIONS.has(dimension)
		)
	};
}

/**
 * Who is doing well or badly by situation and department. Small groups are removed here, in
 * the domain, so that no view or export can show one.
 */
export function breakdowns(records: readonly ProfileRecord[], minGroupSize: number): Breakdown[] {
	return BREAKDOWN_DIMENSIONS.map((d) => breakdown(d, records, minGroupSize));
}
