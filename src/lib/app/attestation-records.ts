import {
	sentRecordSchema,
	storedRulesAckSchema,
	type SentRecord,
	type StoredRulesAck
} from '$lib/domain/attestation/records';
import { getSetting, setSetting } from '$lib/storage/settings';

const RULES_ACK = 'rules-ack';
/** The setting holding this install's pseudonymous respondent id (see `respondentId()`). */
export const RESPONDENT_ID = 'respondent-id';
export const sentKey = (profileId: string) => `summary-sent:${profileId}`;

/** The rules acknowledgement on this device; a damaged record reads as none (asked again). */
export async function loadRulesAck(): Promise<StoredRulesAck | undefined> {
	const parsed = storedRulesAckSchema.safeParse(await getSetting(RULES_ACK));
	return parsed.success ? parsed.data : undefined;
}

/** Resolves only after the strict write committed: "acknowledged" is shown after that. */
export async function saveRulesAck(ack: StoredRulesAck): Promise<void> {
	await setSetting(RULES_ACK, storedRulesAckSchema.parse(ack));
}

/** The last summary this device sent, if any. */
export async function loadSent(profileId: string): Promise<SentRecord | undefined> {
	const parsed = sentRecordSchema.safeParse(await getSetting(sentKey(profileId)));
	return parsed.success ? parsed.data : undefined;
}
