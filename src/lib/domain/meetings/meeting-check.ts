import type { RuleContext } from '../engine/context.ts';
import type { Condition } from '../content/condition.ts';
import type { MeetingMeasure } from '../content/meeting-schemas.ts';
import { MEETING_AREAS, type MeetingArea, type SensitivityLevel } from '../content/vocabulary.ts';
import { conditionMatches } from '../engine/rules.ts';

/** The look-around points' keys; each one's words are the message `meeting.<key>`. */
export type LeakCheckKey =
	'camera.background' | 'camera.people' | 'mic.speaker' | 'mic.mute' | 'share.tabs';

/** A look-around point: what the camera sees, the mic hears or a share shows. Not a setting. */
export interface LeakCheck {
	key: LeakCheckKey;
	area: MeetingArea;
	/** Asked only in these situations (any of them); always asked while the situation is unknown. */
	appliesWhen?: readonly Condition[];
	/** A measure that asks for the same and more: where that measure is MUST, this point gives way. */
	givesWayTo?: string;
}

/**
 * The look-around points. What a measure already asks (share one window, earphones, notifications
 * off, who is in the meeting) is the measure's alone, and what to do when someone seems wrong is
 * the page's note on impersonation: it is not something to tick before the meeting starts.
 */
export const LEAK_CHECKS: readonly LeakCheck[] = [
	{ key: 'camera.background', area: 'camera' },
	{
		key: 'camera.people',
		area: 'camera',
		appliesWhen: [{ places: ['shared-room', 'public-place', 'satellite-office'] }],
		givesWayTo: 'private-room'
	},
	{ key: 'mic.speaker', area: 'mic', appliesWhen: [{ places: ['own-room', 'shared-room'] }] },
	{ key: 'mic.mute', area: 'mic' },
	{ key: 'share.tabs', area: 'share' }
];

/** What the check is fitted to. */
/**
 * What the check reads of a measure: not the sources it rests on nor the checklist items that
 * ask the same. Its page does not show them, so it does not load them.
 */
export type CheckedMeasure = Omit<MeetingMeasure, 'sources' | 'items'>;

/** `measure` without what the check does not read. */
export function checkedMeasure(measure: MeetingMeasure): CheckedMeasure {
	const { id, title, why, mustFrom, area, hostOnly, exceptWhen } = measure;
	return { id, title, why, mustFrom, area, hostOnly, exceptWhen };
}

export interface MeetingSituation {
	level: SensitivityLevel;
	/** The person sets the meeting up, so the host's measures are theirs too. */
	hosting: boolean;
	/** The person's device profile; without one, every point that depends on it is asked. */
	context?: RuleContext;
}

/** One box to tick: a measure the level makes MUST, or a look-around point. */
export type CheckPoint =
	| { key: `measure.${string}`; area: MeetingArea; measure: CheckedMeasure }
	| { key: LeakCheckKey; area: MeetingArea; measure?: undefined };

export interface MeetingCheck {
	/** The boxes, grouped by area in area order; an area with nothing to tick is left out. */
	areas: { area: MeetingArea; points: CheckPoint[] }[];
	/** SHOULD at this level: worth doing, listed without a box, never holding the check back. */
	should: CheckedMeasure[];
}

const LEVEL_RANK: Record<SensitivityLevel, number> = { low: 0, medium: 1, high: 2 };

/** The meeting's measures split by what the level makes them: MUST from `mustFrom` up, else SHOULD. */
export function measuresFor(
	measures: readonly CheckedMeasure[],
	level: SensitivityLevel
): { must: CheckedMeasure[]; should: CheckedMeasure[] } {
	const isMust = (m: CheckedMeasure) => LEVEL_RANK[m.mustFrom] <= LEVEL_RANK[level];
	return { must: measures.filter(isMust), should: measures.filter((m) => !isMust(m)) };
}

const holds = (conditions: readonly Condition[], context: RuleContext) =>
	conditions.some((c) => conditionMatches(c, context));

function measureApplies(measure: CheckedMeasure, { hosting, context }: MeetingSituation): boolean {
	if (measure.hostOnly && !hosting) return false;
	return !(context && measure.exceptWhen && holds(measure.exceptWhen, context));
}

function leakCheckApplies(check: LeakCheck, must: ReadonlySet<string>, context?: RuleContext) {
	if (check.givesWayTo && must.has(check.givesWayTo)) return false;
	return !context || !check.appliesWhen || holds(check.appliesWhen, context);
}

/**
 * The check for one meeting: the MUST measures that apply to this person, then the look-around
 * points they leave, each once, in four areas. A point a measure asks for is never asked twice.
 */
export function meetingCheck(
	measures: readonly CheckedMeasure[],
	situation: MeetingSituation
): MeetingCheck {
	const applying = measures.filter((m) => measureApplies(m, situation));
	const { must, should } = measuresFor(applying, situation.level);
	const mustIds = new Set(must.map((m) => m.id));
	const points: CheckPoint[] = [
		...must.map((m) => ({ key: `measure.${m.id}` as const, area: m.area, measure: m })),
		...LEAK_CHECKS.filter((c) => leakCheckApplies(c, mustIds, situation.context)).map(
			({ key, area }) => ({ key, area })
		)
	];
	const areas = MEETING_AREAS.map((area) => ({
		area,
		points: points.filter((p) => p.area === area)
	}));
	return { areas: areas.filter((a) => a.points.length > 0), should };
}

/** The boxes not ticked yet; the check is ready when none is left. */
export function openBeforeMeeting(ticked: ReadonlySet<string>, check: MeetingCheck): string[] {
	return check.areas.flatMap((a) => a.points.map((p) => p.key)).filter((key) => !ticked.has(key));
}
