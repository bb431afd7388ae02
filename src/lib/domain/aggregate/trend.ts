import { localDate } from '../engine/freshness.ts';
import { percentOf } from './percent.ts';
import type { TrendPoint } from './report-schema.ts';

/** One distinct file of a respondent-device, with when it was received and how it stood then. */
export interface Received {
	revision: number;
	at: Date;
	/** Every MUST done, judged at `at`: the trend shows each file as it stood when it came in. */
	mustAllDone: boolean;
}

type Standing = { allDone: boolean } | undefined;

/** What one respondent-device adds on a day: the top revision received so far, unless two tie. */
function standingUpTo(files: readonly Received[], day: string): Standing {
	const known = files.filter((f) => localDate(f.at) <= day);
	const top = Math.max(...known.map((f) => f.revision));
	const atTop = known.filter((f) => f.revision === top);
	return atTop.length === 1 ? { allDone: atTop[0]!.mustAllDone } : undefined;
}

function addDelta(
	deltas: Map<string, [number, number]>,
	day: string,
	from: Standing,
	to: Standing
) {
	const delta = deltas.get(day) ?? [0, 0];
	delta[0] += (to ? 1 : 0) - (from ? 1 : 0);
	delta[1] += (to?.allDone ? 1 : 0) - (from?.allDone ? 1 : 0);
	deltas.set(day, delta);
}

/**
 * Per receipt day (device calendar), the profiles known by the end of that day and how many had
 * every MUST done, with the same rules as the current figures (latest revision; a tie counts
 * for nobody). Built from changes per profile, so it costs the files, not files × days.
 */
export function buildTrend(perProfile: readonly (readonly Received[])[]): TrendPoint[] {
	const deltas = new Map<string, [number, number]>();
	for (const files of perProfile) {
		const days = [...new Set(files.map((f) => localDate(f.at)))].sort();
		let previous: Standing;
		for (const day of days) {
			// Every receipt day is a point, even when it changed nothing.
			const standing = standingUpTo(files, day);
			addDelta(deltas, day, previous, standing);
			previous = standing;
		}
	}
	let profiles = 0;
	let mustAllDone = 0;
	return [...deltas.keys()].sort().map((date) => {
		const [dp, dd] = deltas.get(date)!;
		profiles += dp;
		mustAllDone += dd;
		return { date, profiles, mustAllDone, mustAllDonePercent: percentOf(mustAllDone, profiles) };
	});
}
