import { parseRoster, type RosterEntry } from '$lib/domain/attestation/roster';
import { loadRoster, saveRoster } from '$lib/app/staff-roster';

/** The admin's staff list on this device: read once, replaced as a whole when saved. */
export class StaffRoster {
	#entries = $state.raw<RosterEntry[]>([]);

	get entries(): readonly RosterEntry[] {
		return this.#entries;
	}

	async load(): Promise<void> {
		this.#entries = await loadRoster();
	}

	/** Keeps the lines that read as people (after the strict write); returns the others' numbers. */
	async save(text: string): Promise<{ count: number; badLines: number[] }> {
		const { entries, badLines } = parseRoster(text);
		await saveRoster(entries);
		this.#entries = entries;
		return { count: entries.length, badLines };
	}
}
