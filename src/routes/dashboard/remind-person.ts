import type { RosterEntry } from '$lib/domain/attestation/roster';

/** How to name and reach a respondent: their summary's name, else the staff list's. */
export function remindPerson(
	id: string,
	names: ReadonlyMap<string, string>,
	byRespondent: ReadonlyMap<string, RosterEntry>
): { name: string; email?: string } {
	const entry = byRespondent.get(id);
	return { name: names.get(id) ?? entry?.name ?? id, email: entry?.email };
}
