import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { remindersCalendar, type CalendarWords } from '$lib/domain/attestation/ics';
import { reminders, type DeviceDates } from '$lib/domain/attestation/reminders';

const laptop: DeviceDates = {
	profileId: 'p1',
	name: '会社のノートPC',
	validUntil: '2027-02-22',
	waivers: [
		{ itemId: 'disk-encryption', title: '端末を暗号化する', until: '2027-01-15' },
		{ itemId: 'old-waiver', title: '古い例外', until: '2026-11-30' }
	]
};
const phone: DeviceDates = { profileId: 'p2', name: 'Phone, "personal"; old', waivers: [] };

const words: CalendarWords = {
	calendarName: 'テレワークチェック',
	title: (r) =>
		r.kind === 'recheck'
			? `点検の期限: ${r.deviceName}`
			: r.kind === 'waiver'
				? `例外の期限: ${r.itemTitle}`
				: '全員の点検日',
	description: (r) => `${r.date} まで。アプリを開いて確かめてください。`,
	url: 'https://example.test/'
};

describe('calendar reminders', () => {
	it('lists the next re-check, live exceptions and the organisation day, earliest first', () => {
		const list = reminders([laptop, phone], '2027-03-31', '2026-12-07');
		// Hand-counted: the expired exception (30 Nov) is gone; the phone has sent nothing.
		expect(list.map((r) => [r.kind, r.date, r.key])).toEqual([
			['waiver', '2027-01-15', 'waiver-p1-disk-encryption'],
			['recheck', '2027-02-22', 'recheck-p1'],
			['org-check', '2027-03-31', 'org-check']
		]);
		expect(reminders([phone], undefined, '2026-12-07')).toEqual([]);
		// Its last day is still a reminder.
		expect(reminders([laptop], undefined, '2027-02-22').map((r) => r.key)).toEqual(['recheck-p1']);
	});

	it('writes an RFC 5545 file that a calendar parser reads back: all-day events with alarms', () => {
		const list = reminders([laptop, phone], '2027-03-31', '2026-12-07');
		const text = remindersCalendar(list, words, new Date('2026-12-07T03:00:00Z'));
		expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
			true
		);
		const calendar = new ICAL.Component(ICAL.parse(text));
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events).toHaveLength(3);
		const [waiver, recheck, org] = events;
		expect(recheck!.summary).toBe('点検の期限: 会社のノートPC');
		expect(recheck!.startDate.isDate).toBe(true);
		expect(recheck!.startDate.toString()).toBe('2027-02-22');
		expect(recheck!.uid).toBe('recheck-p1@telework-check.invalid');
		expect(waiver!.summary).toBe('例外の期限: 端末を暗号化する');
		expect(org!.startDate.toString()).toBe('2027-03-31');
		for (const event of events) {
			const [alarm] = event.component.getAllSubcomponents('valarm');
			expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
			// 9:00 a week before the day: 6 days and 15 hours before midnight.
			expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-P6DT15H');
			expect(event.component.getFirstPropertyValue('url')).toBe('https://example.test/');
		}
	});

	it('keeps commas, semicolons, quotes and line breaks in the words intact', () => {
		const list = reminders([{ ...phone, validUntil: '2027-01-01' }], undefined, '2026-12-07');
		const text = remindersCalendar(
			list,
			{ ...words, description: () => 'one, two; three\nfour' },
			new Date()
		);
		const [event] = new ICAL.Component(ICAL.parse(text))
			.getAllSubcomponents('vevent')
			.map((v) => new ICAL.Event(v));
		expect(event!.summary).toBe('点検の期限: Phone, "personal"; old');
		expect(event!.description).toBe('one, two; three\nfour');
	});
});
