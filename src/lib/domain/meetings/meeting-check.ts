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
