import type { PageLoad } from './$types';

/**
 * The levels and measures come with the page: prerendered into its HTML, and loaded before the
 * page starts. Loaded after it showed, they pushed the camera and microphone points down the
 * screen (a layout shift of 0.38 in Lighthouse). Only those: the app cards are most of the
 * meeting content's weight, and this page does not show them.
 */
export const load: PageLoad = async () => ({
	meetings: (await import('virtual:meeting-check-content')).meetingCheck
});
