import { describe, expect, it } from 'vitest';
import { meeting } from '$lib/i18n/features/meeting';
import { MEETING_CHECK, MEETING_POINTS, openPoints } from '$lib/domain/meetings/meeting-check';

describe('the pre-meeting check', () => {
	it('covers camera, microphone, screen sharing and participants', () => {
		expect(MEETING_CHECK.map((a) => a.area)).toEqual(['camera', 'mic', 'share', 'people']);
		expect(new Set(MEETING_POINTS).size).toBe(MEETING_POINTS.length);
	});

	it('is ready only when every point is ticked', () => {
		expect(openPoints(new Set())).toEqual(MEETING_POINTS);
		const allButOne = new Set(MEETING_POINTS.slice(1));
		expect(openPoints(allButOne)).toEqual([MEETING_POINTS[0]]);
		expect(openPoints(new Set(MEETING_POINTS))).toEqual([]);
	});

	it('words every area and point in both languages', () => {
		const keys = [...MEETING_CHECK.map((a) => a.area), ...MEETING_POINTS].map(
			(k) => `meeting.${k}`
		);
		for (const key of keys) {
			expect(meeting.ja[key as keyof typeof meeting.ja], key).toBeTruthy();
			expect(meeting.en[key as keyof typeof meeting.en], key).toBeTruthy();
		}
	});
});
