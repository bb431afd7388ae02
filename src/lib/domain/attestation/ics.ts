import ical, { ICalAlarmType } from 'ical-generator';
import type { Reminder } from './reminders.ts';

/** The words of the calendar file, in the reader's language. */
export interface CalendarWords {
	calendarName: string;
	title(reminder: Reminder): string;
	description(reminder: Reminder): string;
	/** Where the app is, for the event's link (the app's own address, never another site). */
	url: string;
}

/** The alarm rings at 9:00 a week before the day (an all-day event starts at midnight). */
const ALARM_BEFORE_SECONDS = (6 * 24 + 15) * 60 * 60;
const UID_DOMAIN = 'telework-check.invalid';

/**
 * An iCalendar file (RFC 5545) with one all-day event per reminder, each with a display alarm:
 * Outlook, Google Calendar and Apple Calendar import it. Event ids are stable, so importing a
 * newer file again updates the events rather than adding copies.
 */
export function remindersCalendar(
	list: readonly Reminder[],
	words: CalendarWords,
	now: Date
): string {
	const calendar = ical({
		name: words.calendarName,
		prodId: '//Telework Check//Reminders//EN'
	});
	for (const reminder of list) {
		calendar.createEvent({
			id: `${reminder.key}@${UID_DOMAIN}`,
			stamp: now,
			start: new Date(`${reminder.date}T00:00:00Z`),
			allDay: true,
			summary: words.title(reminder),
			description: words.description(reminder),
			url: words.url,
			alarms: [
				{
					type: ICalAlarmType.display,
					trigger: ALARM_BEFORE_SECONDS,
					description: words.title(reminder)
				}
			]
		});
	}
	return calendar.toString();
}
