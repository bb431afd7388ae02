import type { DecryptFailure } from './age-file.ts';
import { ageForm } from './age-header.ts';

/**
 * Data carried in a link's fragment (`#pack=…`): the part after `#` never reaches any server, so
 * a policy can travel as a link or QR code without one. JSON → deflate-raw → base64url, using the
 * platform's CompressionStream (browsers and Node alike). A summary for an admin with an age key
 * is encrypted after compression (ciphertext does not compress): JSON → deflate-raw → age →
 * base64url. Decoding is untrusted input: the text and the inflated bytes are both capped, so a
 * small link cannot inflate into a huge document.
 */

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export type LinkDecodeError = 'not-base64url' | 'not-deflate' | 'too-big' | 'cannot-decrypt';
export type LinkDecodeResult =
	| { ok: true; bytes: Uint8Array }
	| { ok: false; error: Exclude<LinkDecodeError, 'cannot-decrypt'> }
	| { ok: false; error: 'cannot-decrypt'; failure: DecryptFailure };

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel();
			throw new RangeError('too-big');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}

function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
	return new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
	const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function deflate(value: unknown): Promise<Uint8Array> {
	const json = new TextEncoder().encode(JSON.stringify(value));
	return collect(through(json, new CompressionStream('deflate-raw')), Infinity);
}

/** The value as compact link text. */
export async function encodeForLink(value: unknown): Promise<string> {
	return toBase64Url(await deflate(value));
}

/** The value as link text only the holder of `recipient`'s identity can read. */
export async function encodeEncryptedForLink(value: unknown, recipient: string): Promise<string> {
	const { encryptTo } = await import('./age-file.ts');
	return toBase64Url(await encryptTo(recipient, await deflate(value)));
}

/**
 * The bytes a link carried, for the format reader to check like any file. Refuses text that is
 * not base64url, is not deflate data, or inflates beyond `maxBytes`. Encrypted data is opened
 * with `identities` first (the age library loads only then); one that cannot be opened says why.
 */
export async function decodeFromLink(
	text: string,
	maxBytes: number,
	identities: readonly string[] = []
): Promise<LinkDecodeResult> {
	// Deflate never shrinks JSON below a tenth in practice; a longer text cannot hold a valid file.
	if (!BASE64URL.test(text) || text.length === 0) return { ok: false, error: 'not-base64url' };
	if (text.length > maxBytes) return { ok: false, error: 'too-big' };
	let packed: Uint8Array;
	try {
		packed = fromBase64Url(text);
	} catch {
		return { ok: false, error: 'not-base64url' };
	}
	if (ageForm(packed) === 'binary') {
		const { decryptWith } = await import('./age-file.ts');
		const opened = await decryptWith(identities, packed);
		if (!opened.ok) return { ok: false, error: 'cannot-decrypt', failure: opened.failure };
		packed = opened.bytes;
	}
	try {
		const bytes = await collect(through(packed, new DecompressionStream('deflate-raw')), maxBytes);
		return { ok: true, bytes };
	} catch (error) {
		const tooBig = error instanceof RangeError && error.message === 'too-big';
		return { ok: false, error: tooBig ? 'too-big' : 'not-deflate' };
	}
}
