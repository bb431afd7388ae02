/** What a calendar reminder is about. */
export type ReminderKind = 'recheck' | 'waiver' | 'org-check';

/** One day to remember, without words: the page words it in the reader's language. */
export interface Reminder {
	kind: ReminderKind;
	/** YYYY-MM-DD: the last day the check or exception holds, or the organisation's check day. */
	date: string;
	/** Stable across exports, so that a calendar importing the file again updates the event. */
	key: string;
	deviceName?: string;
	itemTitle?: string;
}

export interface DeviceDates {
	profileId: string;
	name: string;
	/** Until when the device's last summary holds; absent when none was sent. */
	validUntil?: string;
	/** The device's exceptions: until when each holds. */
	waivers: readonly { itemId: string; title: string; until: string }[];
}

/**
 * The days worth a calendar entry, from today on, earliest first: each device's next re-check,
 * each exception's last day and the organisation's check day. A day already past is not a
 * reminder any more (the home page says it is overdue).
 */
export function reminders(
	devices: readonly DeviceDates[],
	orgCheckDate: string | undefined,
	today: string
): Reminder[] {
	const all: Reminder[] = devices.flatMap((device) => [
		...(device.validUntil
			? [
					{
						kind: 'recheck' as const,
						date: device.validUntil,
						key: `recheck-${device.profileId}`,
						deviceName: device.name
					}
				]
			: []),
		...device.waivers.map((waiver) => ({
			kind: 'waiver' as const,
			date: waiver.until,
			key: `waiver-${device.profileId}-${waiver.itemId}`,
			deviceName: device.name,
			itemTitle: waiver.title
		}))
	]);
	if (orgCheckDate) all.push({ kind: 'org-check', date: orgCheckDate, key: 'org-check' });
	return all
		.filter((reminder) => reminder.date >= today)
		.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}
