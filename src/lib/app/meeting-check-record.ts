import {
	meetingCheckRecordSchema,
	type MeetingCheckRecord
} from '$lib/domain/meetings/meeting-check-record';
import { getSetting, setSetting } from '$lib/storage/settings';

const KEY = 'meeting-check.last';

/** The last recorded pre-meeting check; a damaged record reads as none (the next check replaces it). */
export async function loadLastMeetingCheck(): Promise<MeetingCheckRecord | undefined> {
	const parsed = meetingCheckRecordSchema.safeParse(await getSetting(KEY));
	return parsed.success ? parsed.data : undefined;
}

/** Resolves only after the strict write committed. */
export async function saveMeetingCheck(record: MeetingCheckRecord): Promise<void> {
	await setSetting(KEY, meetingCheckRecordSchema.parse(record));
}
