import type { MeetingContent } from '$lib/domain/content/meeting-schemas';
import { contentInParts } from '$lib/content-in-parts';

// The criteria, meeting levels and app cards: only the meeting-apps page loads them.
const meetings = contentInParts<MeetingContent>(() => import('virtual:meetings-shape'), {
	ja: () => import('virtual:meetings-text-ja'),
	en: () => import('virtual:meetings-text-en')
});

/**
 * The meeting content in every language that loads: a vetting decision writes the app's and its
 * settings' names, in both languages, into the policy.
 */
export const loadMeetings = meetings.loadAll;
