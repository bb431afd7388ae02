import type { Content } from '$lib/domain/content/compile';
import { contentInParts } from '$lib/content-in-parts';
import type { CheckedMeasure } from '$lib/domain/meetings/meeting-check';

/** All the meeting check needs: the levels, and the measures as it reads them. */
export interface MeetingCheckContent {
	levels: Content['meetings']['levels'];
	measures: CheckedMeasure[];
}

const meetingCheck = contentInParts<MeetingCheckContent>(
	() => import('virtual:meeting-check-shape'),
	{
		ja: () => import('virtual:meeting-check-text-ja'),
		en: () => import('virtual:meeting-check-text-en')
	}
);

/**
 * The meeting check's levels and measures, with their text in `locale`: its page shows one
 * language, and loads again at the other language's address.
 */
export const loadMeetingCheck = meetingCheck.load;
