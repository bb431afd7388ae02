import { localeFromPath } from '$lib/domain/shared/locale-path';
import { meeting } from '$lib/i18n/features/meeting';
import { loadMeetingCheck } from '$lib/load-meeting-check';
import type { PageLoad } from './$types';

/**
 * The levels and measures come with the page: prerendered into its HTML, and loaded before the
 * page starts. Loaded after it showed, they pushed the camera and microphone points down the
 * screen (a layout shift of 0.38 in Lighthouse). Only those: the app cards are most of the
 * meeting content's weight, and this page does not show them. They and the page's words come
 * in the language of the address only (a language switch goes to the other address, so this
 * runs again).
 */
export const load: PageLoad = async ({ url }) => {
	const language = localeFromPath(url.pathname);
	const [meetings] = await Promise.all([loadMeetingCheck(language), meeting.load(language)]);
	return { meetings };
};
