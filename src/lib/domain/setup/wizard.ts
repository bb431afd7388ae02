import type { TeleworkContext } from '../engine/context.ts';
import { OS_BY_DEVICE_TYPE } from '../content/vocabulary.ts';

/** The set-up questions, one a screen on a phone, in order. */
export const WIZARD_STEPS = [
	'ownership',
	'device',
	'networks',
	'places',
	'methods',
	'meetingApps',
	'facts',
	'name'
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** A context being filled in: the answers given so far. */
export type ContextDraft = Partial<Omit<TeleworkContext, 'role' | 'facts'>> & {
	facts: TeleworkContext['facts'];
};

export function emptyDraft(): ContextDraft {
	return {
		networks: [],
		places: [],
		methods: [],
		meetingApps: [],
		facts: {
			handlesPersonalData: false,
			printsAtHome: false,
			sharedDevice: false,
			externalMeetings: false
		}
	};
}

/** Whether a step has what it needs to go on (methods, meeting apps and facts may stay empty). */
export function stepComplete(step: WizardStep, draft: ContextDraft, name: string): boolean {
	switch (step) {
		case 'ownership':
			return draft.ownership !== undefined;
		case 'device':
			return (
				draft.deviceType !== undefined &&
				draft.os !== undefined &&
				OS_BY_DEVICE_TYPE[draft.deviceType].includes(draft.os)
			);
		case 'networks':
			return (draft.networks?.length ?? 0) > 0;
		case 'places':
			return (draft.places?.length ?? 0) > 0;
		case 'name':
			return name.trim().length > 0 && name.trim().length <= 60;
		default:
			return true;
	}
}

/** The finished context, or undefined while a required answer is missing. */
export function draftToContext(draft: ContextDraft): TeleworkContext | undefined {
	const { ownership, deviceType, os, networks, places, methods, meetingApps, facts } = draft;
	if (!ownership || !deviceType || !os || !networks?.length || !places?.length) return undefined;
	if (!OS_BY_DEVICE_TYPE[deviceType].includes(os)) return undefined;
	return {
		role: 'employee',
		ownership,
		deviceType,
		os,
		networks,
		places,
		methods: methods ?? [],
		meetingApps: meetingApps ?? [],
		facts
	};
}
