import {
	Decrypter,
	Encrypter,
	armor,
	generateX25519Identity,
	identityToRecipient
} from 'age-encryption';
import { ageForm, checkAgeHeader, type AgeHeaderProblem } from './age-header.ts';
import { AGE_IDENTITY_PATTERN, AGE_IDENTITY_PREFIX, AGE_RECIPIENT_PATTERN } from './patterns.ts';

/**
 * Encryption to the admin's age key, through the age library alone (its X25519 recipients,
 * the format of `age` and `age-keygen`). The library is large: load this module with
 * `await import(…)`, only when a key is made or a file is encrypted or opened.
 */

/** The admin's key pair: the identity stays on the admin's device, the recipient goes in the pack. */
export interface AgeKeyPair {
	/** `AGE-SECRET-KEY-1…` */
	identity: string;
	/** `age1…` */
	recipient: string;
}

export async function makeKeyPair(): Promise<AgeKeyPair> {
	const identity = await generateX25519Identity();
	return { identity, recipient: await identityToRecipient(identity) };
}

/**
 * Whether the text is an age X25519 recipient: its shape here, its checksum by the library (a
 * mistyped character is caught before anyone encrypts to a key nobody has).
 */
export function isRecipient(text: string): boolean {
	if (!AGE_RECIPIENT_PATTERN.test(text)) return false;
	try {
		new Encrypter().addRecipient(text);
		return true;
	} catch {
		return false;
	}
}

/** The recipient of an X25519 identity, or undefined when the text is not one. */
export async function recipientOf(identity: string): Promise<string | undefined> {
	if (!AGE_IDENTITY_PATTERN.test(identity)) return undefined;
	try {
		return await identityToRecipient(identity);
	} catch {
		return undefined;
	}
}

/** Binary age, for one X25519 recipient; throws on a recipient `isRecipient` refuses. */
export async function encryptTo(recipient: string, bytes: Uint8Array): Promise<Uint8Array> {
	if (!isRecipient(recipient)) throw new TypeError('not an age X25519 recipient');
	const encrypter = new Encrypter();
	encrypter.addRecipient(recipient);
	return encrypter.encrypt(bytes);
}

export type DecryptFailure = AgeHeaderProblem | 'not-age' | 'needs-key' | 'wrong-key';
export type DecryptResult =
	{ ok: true; bytes: Uint8Array } | { ok: false; failure: DecryptFailure };

/** The library's words when no identity opens the file (age-encryption 0.3.1, pinned). */
const NO_MATCH = "no identity matched any of the file's recipients";

/** The raw age bytes of binary or armored age, or undefined for anything else. */
function binaryOf(bytes: Uint8Array): Uint8Array | undefined {
	const form = ageForm(bytes);
	if (form !== 'armored') return form === 'binary' ? bytes : undefined;
	try {
		return armor.decode(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return undefined;
	}
}

/**
 * Opens an age file with any of the admin's identities (old ones too: a summary made for the
 * previous key still opens while its identity is kept). The header is checked first
 * (`checkAgeHeader`); a wrong key, a changed byte or a cut-off file is a failure, never a throw.
 * The caller limits the input's size (`ageMaxBytes`): the output is never larger. The identities
 * are the admin's own, checked when they were kept (`recipientOf`): one the library cannot read
 * throws.
 */
export async function decryptWith(
	identities: readonly string[],
	bytes: Uint8Array
): Promise<DecryptResult> {
	const binary = binaryOf(bytes);
	if (!binary) return { ok: false, failure: 'not-age' };
	const problem = checkAgeHeader(binary);
	if (problem) return { ok: false, failure: problem };
	if (identities.length === 0) return { ok: false, failure: 'needs-key' };
	const decrypter = new Decrypter();
	for (const identity of identities) decrypter.addIdentity(identity);
	try {
		return { ok: true, bytes: await decrypter.decrypt(binary) };
	} catch (error) {
		const wrongKey = error instanceof Error && error.message === NO_MATCH;
		return { ok: false, failure: wrongKey ? 'wrong-key' : 'damaged' };
	}
}

/** A key file as `age-keygen` writes it: comments (`#`), blank lines and identity lines. */
export type IdentityFileResult =
	| { ok: true; keys: AgeKeyPair[] }
	| { ok: false; problem: 'no-identity' }
	| { ok: false; problem: 'not-identity'; line: number };

/** An X25519 identity's length: `AGE-SECRET-KEY-1` and 58 characters. */
const IDENTITY_LENGTH = 74;

/** A key line without the gaps and small letters of a copy typed from paper: a key has neither. */
const squashed = (line: string) => line.replace(/\s+/g, '').toUpperCase();

/**
 * The X25519 keys of a key file, each identity with the public key the library derives from it
 * (which also checks it); the first bad line, if any. A key typed by hand from the paper copy
 * may have the paper's gaps, small letters, or its line breaks (a key that starts on one line
 * and goes on over the next ones): taken out, the checksum still catches a wrong character.
 */
export async function readIdentityFile(text: string): Promise<IdentityFileResult> {
	const keys: AgeKeyPair[] = [];
	const lines = text.split('\n').map((line) => line.trim());
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		if (line === '' || line.startsWith('#')) continue;
		const start = index;
		let identity = squashed(line);
		while (
			identity.startsWith(AGE_IDENTITY_PREFIX) &&
			identity.length < IDENTITY_LENGTH &&
			/^[0-9a-z ]+$/i.test(lines[index + 1] ?? '')
		)
			identity += squashed(lines[++index]!);
		const recipient = await recipientOf(identity);
		if (!recipient) return { ok: false, problem: 'not-identity', line: start + 1 };
		keys.push({ identity, recipient });
	}
	return keys.length > 0 ? { ok: true, keys } : { ok: false, problem: 'no-identity' };
}
