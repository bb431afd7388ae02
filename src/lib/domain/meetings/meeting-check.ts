import type { MeetingMeasure } from '../content/meeting-schemas.ts';
import type { SensitivityLevel } from '../content/vocabulary.ts';

/** The pre-meeting check: four areas, each a few points a person ticks off before a call. */
export const MEETING_CHECK = [
	{ area: 'camera', points: ['window', 'papers', 'screens', 'family'] },
	{ area: 'mic', points: ['headset', 'family', 'speaker', 'mute'] },
	{ area: 'share', points: ['window', 'notifications', 'tabs'] },
	{ area: 'people', points: ['known', 'verify', 'report'] }
] as const;

export type MeetingArea = (typeof MEETING_CHECK)[number]['area'];

/** `camera.window` and so on: one key per point. */
export const MEETING_POINTS: readonly string[] = MEETING_CHECK.flatMap(({ area, points }) =>
	points.map((point) => `${area}.${point}`)
);

/** The points not ticked yet; the check is ready when none is left. */
export function openPoints(ticked: ReadonlySet<string>): string[] {
	return MEETING_POINTS.filter((point) => !ticked.has(point));
}

const LEVEL_RANK: Record<SensitivityLevel, number> = { low: 0, medium: 1, high: 2 };

/** The meeting's measures split by what the level makes them: MUST from `mustFrom` up, else SHOULD. */
export function measuresFor(
	measures: readonly MeetingMeasure[],
	level: SensitivityLevel
): { must: MeetingMeasure[]; should: MeetingMeasure[] } {
	const isMust = (m: MeetingMeasure) => LEVEL_RANK[m.mustFrom] <= LEVEL_RANK[level];
	return { must: measures.filter(isMust), should: measures.filter((m) => !isMust(m)) };
}

/**
 * What is still open before this meeting: every point of the four areas, and the measures the
 * meeting's level makes MUST (SHOULD measures never hold the check back).
 */
export function openBeforeMeeting(
	ticked: ReadonlySet<string>,
	measures: readonly MeetingMeasure[],
	level: SensitivityLevel
): string[] {
	const must = measuresFor(measures, level).must.map((m) => `measure.${m.id}`);
	return [...openPoints(ticked), ...must.filter((key) => !ticked.has(key))];
}
