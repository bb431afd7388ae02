import { encodeEncryptedForLink, encodeForLink } from './link-codec.ts';
import type { PostureSummary } from './summary.ts';

/**
 * How a summary leaves the device: as a file or as link text. When the followed policy names the
 * admin's age key (`recipient`), both are encrypted to it and never sent in the clear instead: a
 * summary lists what is missing on which device. Without a key they are plain JSON, as always.
 */

/** A file to hand to the browser's download. */
export interface OutgoingFile {
	name: string;
	type: string;
	bytes: Uint8Array;
}

/**
 * Why an encrypted summary could not be made: the policy's key fails its checksum, or the age
 * library cannot be loaded (offline before it was ever used on this device).
 */
export type SendProblem = 'bad-key' | 'unavailable';
export type Outgoing<T> = { ok: true; value: T } | { ok: false; problem: SendProblem };

/** The file's name says what it holds: `….json`, or `….json.age` when only the admin can open it. */
export function summaryFileName(summary: PostureSummary, encrypted: boolean): string {
	const name = `telework-check-summary-${summary.profile.ref}-r${summary.revision}.json`;
	return encrypted ? `${name}.age` : name;
}

/** Loads the age library and checks the key (its checksum) before anything is encrypted. */
async function withKey<T>(
	recipient: string,
	make: (age: typeof import('./age-file.ts')) => Promise<T>
): Promise<Outgoing<T>> {
	let age: typeof import('./age-file.ts');
	try {
		age = await import('./age-file.ts');
	} catch {
		return { ok: false, problem: 'unavailable' };
	}
	if (!age.isRecipient(recipient)) return { ok: false, problem: 'bad-key' };
	return { ok: true, value: await make(age) };
}

/** The summary as a file: the JSON the preview shows, encrypted (binary age) when there is a key. */
export async function summaryFile(
	summary: PostureSummary,
	recipient?: string
): Promise<Outgoing<OutgoingFile>> {
	const json = new TextEncoder().encode(JSON.stringify(summary, null, 2));
	if (recipient === undefined) {
		const file = { name: summaryFileName(summary, false), type: 'application/json', bytes: json };
		return { ok: true, value: file };
	}
	return withKey(recipient, async ({ encryptTo }) => ({
		name: summaryFileName(summary, true),
		type: 'application/octet-stream',
		bytes: await encryptTo(recipient, json)
	}));
}

/** The summary as link text (after `#summary=`), encrypted when there is a key. */
export async function summaryLinkData(
	summary: PostureSummary,
	recipient?: string
): Promise<Outgoing<string>> {
	if (recipient === undefined) return { ok: true, value: await encodeForLink(summary) };
	return withKey(recipient, () => encodeEncryptedForLink(summary, recipient));
}
