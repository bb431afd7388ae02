import { rosterSchema, type RosterEntry } from '$lib/domain/attestation/roster';
import { getSetting, setSetting } from '$lib/storage/settings';

const KEY = 'staff-roster';

/** The admin's staff list; a damaged record reads as none (the admin pastes it again). */
export async function loadRoster(): Promise<RosterEntry[]> {
	const parsed = rosterSchema.safeParse(await getSetting(KEY));
	return parsed.success ? parsed.data : [];
}

/** Resolves only after the strict write committed. */
export async function saveRoster(entries: readonly RosterEntry[]): Promise<void> {
	await setSetting(KEY, rosterSchema.parse(entries));
}
