import { describe, expect, it } from 'vitest';
import { meeting } from '$lib/i18n/features/meeting';
import type { MeetingMeasure } from '$lib/domain/content/meeting-schemas';
import {
	MEETING_CHECK,
	MEETING_POINTS,
	measuresFor,
	openBeforeMeeting,
	openPoints
} from '$lib/domain/meetings/meeting-check';
import { meetingCheckRecordSchema } from '$lib/domain/meetings/meeting-check-record';

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

const text = { ja: 'テキスト', en: 'Text' };
const measure = (id: string, mustFrom: MeetingMeasure['mustFrom']): MeetingMeasure => ({
	id,
	title: text,
	why: text,
	mustFrom,
	sources: [{ title: 'NIST', url: 'https://www.nist.gov/', asOf: '2020-03-19' }]
});
const MEASURES = [measure('passcode', 'low'), measure('lobby', 'medium'), measure('lock', 'high')];

describe('meeting sensitivity', () => {
	it('a higher level makes more measures MUST, never fewer', () => {
		const ids = (level: MeetingMeasure['mustFrom']) =>
			measuresFor(MEASURES, level).must.map((m) => m.id);
		expect(ids('low')).toEqual(['passcode']);
		expect(ids('medium')).toEqual(['passcode', 'lobby']);
		expect(ids('high')).toEqual(['passcode', 'lobby', 'lock']);
		expect(measuresFor(MEASURES, 'low').should.map((m) => m.id)).toEqual(['lobby', 'lock']);
	});

	it('open MUST measures hold the check back; SHOULD ones do not', () => {
		const allPoints = new Set(MEETING_POINTS);
		expect(openBeforeMeeting(allPoints, MEASURES, 'low')).toEqual(['measure.passcode']);
		allPoints.add('measure.passcode');
		expect(openBeforeMeeting(allPoints, MEASURES, 'low')).toEqual([]);
		expect(openBeforeMeeting(allPoints, MEASURES, 'high')).toEqual([
			'measure.lobby',
			'measure.lock'
		]);
	});

	it('keeps the last check as a strict record', () => {
		const record = { checkedAt: '2026-11-24T09:00:00.000Z', level: 'high', open: [] };
		expect(meetingCheckRecordSchema.parse(record)).toEqual(record);
		expect(meetingCheckRecordSchema.safeParse({ ...record, level: 'secret' }).success).toBe(false);
		expect(meetingCheckRecordSchema.safeParse({ ...record, extra: 1 }).success).toBe(false);
	});
});
