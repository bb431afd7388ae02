import type { FiveMeasure } from '../content/crosswalk-schema.ts';
import { countStatuses, type AnswerSet, type StatusCounts } from './answer-set.ts';

/** Where one measure stands on one device. */
export type MeasureState = 'in-place' | 'missing' | 'unknown';

/** How many devices have the measure in place, missing somewhere, or not known. */
export interface MeasureTally {
	measureId: string;
	inPlace: number;
	missing: number;
	unknown: number;
}

/**
 * A measure is in place when every applicable item answered is done, and missing when any is not
 * done (not yet, or a waiver). Nothing answered, or a "don't know" without a gap, is unknown:
 * never "not in place".
 */
export function measureState(counts: StatusCounts): MeasureState {
	if (counts.notDone > 0) return 'missing';
	return counts.done > 0 && counts.unknown === 0 ? 'in-place' : 'unknown';
}

const FIELD = { 'in-place': 'inPlace', missing: 'missing', unknown: 'unknown' } as const;

/** For each of the five measures, where it stands across the devices' answer sets. */
export function tallyFiveMeasures(
	measures: readonly FiveMeasure[],
	devices: readonly AnswerSet[]
): MeasureTally[] {
	return measures.map((measure) => {
		const ids = new Set(measure.items);
		const tally: MeasureTally = { measureId: measure.id, inPlace: 0, missing: 0, unknown: 0 };
		for (const device of devices) tally[FIELD[measureState(countStatuses(device, ids))]] += 1;
		return tally;
	});
}
