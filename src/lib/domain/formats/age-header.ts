/**
 * The plain-text header of an age file (age-encryption.org/v1), read by hand before any byte
 * reaches the age library: this is parsing, not cryptography. A summary is encrypted to one
 * X25519 key, the admin's, so anything else is refused here with its own reason, and the library
 * only ever sees a header of that one shape and of a bounded size.
 */

export const AGE_VERSION_LINE = 'age-encryption.org/v1';
export const AGE_ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
/** The name an encrypted file goes by: `….json.age`. */
export const AGE_FILE_EXTENSION = '.age';

/**
 * One X25519 stanza makes a header of 168 bytes (version, stanza line, body, MAC). The limit
 * leaves room for one post-quantum stanza (about 1.6 KB), so that such a file is refused for its
 * kind of key, which the admin can act on, rather than for its size.
 */
export const AGE_HEADER_MAX_BYTES = 4096;

export type AgeHeaderProblem =
	| 'damaged'
	| 'header-too-large'
	| 'several-recipients'
	| 'passphrase-refused'
	| 'unsupported-recipient';

/** How the bytes are encrypted with age, if they are: raw, or ASCII-armored (`age -a`). */
export type AgeForm = 'binary' | 'armored';

const ascii = (bytes: Uint8Array, end: number) =>
	String.fromCharCode(...bytes.subarray(0, Math.min(end, bytes.byteLength)));

const isSpace = (byte: number | undefined) =>
	byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** Whether the bytes are an age file, by their first line; whitespace may precede an armor. */
export function ageForm(bytes: Uint8Array): AgeForm | undefined {
	if (ascii(bytes, AGE_VERSION_LINE.length + 1) === `${AGE_VERSION_LINE}\n`) return 'binary';
	let start = 0;
	while (start < bytes.byteLength && isSpace(bytes[start])) start++;
	const armor = bytes.subarray(start, start + AGE_ARMOR_BEGIN.length);
	return ascii(armor, armor.byteLength) === AGE_ARMOR_BEGIN ? 'armored' : undefined;
}

/** A name that says the file is encrypted with age: its content must then be age. */
export function hasAgeName(fileName: string): boolean {
	return fileName.toLowerCase().endsWith(AGE_FILE_EXTENSION);
}

/** The header's lines, up to and with the MAC line (`--- …`), or why there are none. */
function headerLines(bytes: Uint8Array): string[] | AgeHeaderProblem {
	const lines: string[] = [];
	let start = 0;
	for (let i = 0; i < Math.min(bytes.byteLength, AGE_HEADER_MAX_BYTES); i++) {
		const byte = bytes[i]!;
		// The header is printable ASCII; anything else is no header of ours.
		if (byte !== 0x0a && (byte < 0x20 || byte > 0x7e)) return 'damaged';
		if (byte !== 0x0a) continue;
		const line = ascii(bytes.subarray(start), i - start);
		lines.push(line);
		if (line.startsWith('--- ')) return lines;
		start = i + 1;
	}
	return bytes.byteLength > AGE_HEADER_MAX_BYTES ? 'header-too-large' : 'damaged';
}

/** A stanza's body: base64 lines of 64 characters, the last one shorter. */
const BODY_LINE = /^[A-Za-z0-9+/]{0,64}$/;

/** The type of each recipient stanza (`-> X25519 …` gives "X25519"), or what is malformed. */
function stanzaTypes(lines: readonly string[]): string[] | 'damaged' {
	const types: string[] = [];
	let inBody = false;
	for (const line of lines.slice(1, -1)) {
		if (!inBody) {
			const args = line.split(' ');
			if (args[0] !== '->' || args.length < 2 || args.some((a) => a === '')) return 'damaged';
			types.push(args[1]!);
			inBody = true;
		} else if (!BODY_LINE.test(line)) {
			return 'damaged';
		} else {
			inBody = line.length === 64;
		}
	}
	return inBody ? 'damaged' : types;
}

/**
 * Checks a binary age file's header: its size, its lines, and exactly one X25519 recipient.
 * A passphrase (scrypt) stanza is refused whatever else is there: its work factor is written in
 * the file, so whoever made the file would choose how long the admin's device computes.
 */
export function checkAgeHeader(bytes: Uint8Array): AgeHeaderProblem | undefined {
	const lines = headerLines(bytes);
	if (typeof lines === 'string') return lines;
	if (lines[0] !== AGE_VERSION_LINE) return 'damaged';
	const types = stanzaTypes(lines);
	if (types === 'damaged' || types.length === 0) return 'damaged';
	if (types.includes('scrypt')) return 'passphrase-refused';
	if (types.length > 1) return 'several-recipients';
	return types[0] === 'X25519' ? undefined : 'unsupported-recipient';
}

/** age's payload: 64 KiB chunks, each with a 16-byte tag, after a 16-byte nonce. */
const CHUNK_BYTES = 64 * 1024;
const TAG_BYTES = 16;
const NONCE_BYTES = 16;
const ARMOR_LINE_CHARS = 64;

/**
 * The most bytes an age file of at most `plainMax` bytes can have, armored (CRLF lines) or
 * not: a file's declared size is checked against it before any byte is read.
 */
export function ageMaxBytes(plainMax: number): number {
	const chunks = Math.max(1, Math.ceil(plainMax / CHUNK_BYTES));
	const binary = AGE_HEADER_MAX_BYTES + NONCE_BYTES + plainMax + chunks * TAG_BYTES;
	const base64 = 4 * Math.ceil(binary / 3);
	const lines = Math.ceil(base64 / ARMOR_LINE_CHARS) + 2;
	return base64 + lines * 2 + AGE_ARMOR_BEGIN.length * 2;
}
