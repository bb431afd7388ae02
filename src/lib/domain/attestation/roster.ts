import { z } from '../shared/zod.ts';
import { plainText } from '../content/text.ts';

/** One person the admin expects a summary from; kept on the admin's device only. */
export const rosterEntrySchema = z.strictObject({
	name: plainText(100),
	email: z.email().max(120).optional()
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const ROSTER_MAX = 2000;
export const rosterSchema = z.array(rosterEntrySchema).max(ROSTER_MAX);

const EMAIL = z.email().max(120);
/** "山田 太郎 <yamada@example.com>": the form mail programs copy addresses in. */
const NAME_AND_ADDRESS = /^(.*?)\s*<([^<>\s]+)>\s*$/;

/**
 * One line of the list: the name alone, or the name and an address after the last tab, comma or
 * semicolon (a name may hold a comma: "Yamada, Taro, yamada@example.com"), or "Name <address>".
 */
function readLine(line: string): RosterEntry | undefined {
	const paired = NAME_AND_ADDRESS.exec(line);
	// Only an address (with an @) splits: "Yamada, Taro" is one name.
	const split = /^(.*)[\t,;]\s*([^\t,;]*@[^\t,;]*)$/u.exec(line);
	const [name, email] = paired
		? [paired[1]!, paired[2]!]
		: split
			? [split[1]!.replace(/[\t,;\s]+$/u, ''), split[2]!.trim()]
			: [line, ''];
	const entry = rosterEntrySchema.safeParse(email ? { name, email } : { name });
	return entry.success ? entry.data : undefined;
}

/**
 * The staff list as pasted: one person a line (a spreadsheet's name and address columns paste
 * as a tab between them). Lines it cannot read are reported by number and left out.
 */
export function parseRoster(text: string): { entries: RosterEntry[]; badLines: number[] } {
	const entries: RosterEntry[] = [];
	const badLines: number[] = [];
	text.split(/\r?\n/u).forEach((raw, index) => {
		const line = raw.trim();
		if (!line) return;
		const entry = readLine(line);
		if (entry && entries.length < ROSTER_MAX) entries.push(entry);
		else badLines.push(index + 1);
	});
	return { entries, badLines };
}

/** The list as the admin would paste it again: name, tab, address. */
export function rosterText(entries: readonly RosterEntry[]): string {
	return entries.map((e) => (e.email ? `${e.name}\t${e.email}` : e.name)).join('\n');
}

/** A name as people type it in different places: width, case and spaces do not matter. */
export function nameKey(name: string): string {
	return name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** Whether a string is an e-mail address (a respondent may have typed one as their name). */
export function isEmail(text: string): boolean {
	return EMAIL.safeParse(text).success;
}

/**
 * The roster against the respondents' names: each entry's respondent, if a summary named them,
 * and the entries with none (who has not sent yet).
 */
export function matchRoster(
	entries: readonly RosterEntry[],
	names: ReadonlyMap<string, string>
): { byRespondent: Map<string, RosterEntry>; notSent: RosterEntry[] } {
	const respondentOf = new Map<string, string>();
	for (const [id, name] of names) respondentOf.set(nameKey(name), id);
	const byRespondent = new Map<string, RosterEntry>();
	const notSent: RosterEntry[] = [];
	for (const entry of entries) {
		const id = respondentOf.get(nameKey(entry.name));
		if (id) byRespondent.set(id, entry);
		else notSent.push(entry);
	}
	return { byRespondent, notSent };
}
