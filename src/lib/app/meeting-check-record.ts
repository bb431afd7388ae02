import type { MeetingCheckRecord } from '$lib/domain/meetings/meeting-check-record';
import { getSetting, setSetting } from '$lib/storage/settings';

const KEY = 'meeting-check.last';

/** The record's schema (zod) loads only with a record to check: a first visit has none. */
const recordSchema = async () =>
	(await import('$lib/domain/meetings/meeting-check-record')).meetingCheckRecordSchema;

/** The last recorded pre-meeting check; a damaged record reads as none (the next check replaces it). */
export async function loadLastMeetingCheck(): Promise<MeetingCheckRecord | undefined> {
	const stored = await getSetting(KEY);
	if (stored === undefined) return undefined;
	const parsed = (await recordSchema()).safeParse(stored);
	return parsed.success ? parsed.data : undefined;
}

/** Resolves only after the strict write committed. */
export async function saveMeetingCheck(record: MeetingCheckRecord): Promise<void> {
	await setSetting(KEY, (await recordSchema()).parse(record));
}
