import type { Content } from '$lib/domain/content/compile';
import { joinLanguages } from '$lib/domain/content/by-language';
import type { CheckedMeasure } from '$lib/domain/meetings/meeting-check';
import type { Locale } from '$lib/domain/shared/locale';

// Each language's text is a chunk of its own, kept by the service worker for the languages in use.
const MEETING_CHECK_TEXT: Record<Locale, () => Promise<{ text: string[] }>> = {
	ja: () => import('virtual:meeting-check-text-ja'),
	en: () => import('virtual:meeting-check-text-en')
};

/** All the meeting check needs: the levels, and the measures as it reads them. */
export interface MeetingCheckContent {
	levels: Content['meetings']['levels'];
	measures: CheckedMeasure[];
}

/**
 * The meeting check's levels and measures, with their text in `locale`: its page shows one
 * language, and loads again at the other language's address.
 */
export async function loadMeetingCheck(locale: Locale): Promise<MeetingCheckContent> {
	const [{ shape }, { text }] = await Promise.all([
		import('virtual:meeting-check-shape'),
		MEETING_CHECK_TEXT[locale]()
	]);
	return joinLanguages<MeetingCheckContent>(shape, { [locale]: text }, locale);
}
