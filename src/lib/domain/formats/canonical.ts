/**
 * One byte-exact text for a JSON value, whatever the key order it came with, so that the same
 * pack or summary always hashes to the same digest: object keys sorted by UTF-16 code unit, no
 * whitespace, numbers and strings as JSON.stringify writes them.
 */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value === 'boolean' || typeof value === 'string') {
		return JSON.stringify(value);
	}
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no non-finite numbers');
		return JSON.stringify(value);
	}
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	throw new TypeError(`canonical JSON has no ${typeof value} values`);
}

/** SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits (WebCrypto: browsers and Node). */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const FINGERPRINT_PATTERN = /^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;

/**
 * A short form people can read out and compare ("3F9A-11C2-7B0E"): the first 48 bits of the
 * SHA-256 of the canonical form. Enough to tell two versions apart by eye, not a signature.
 */
export async function fingerprint(value: unknown): Promise<string> {
	const hex = (await sha256Hex(canonicalJson(value))).slice(0, 12).toUpperCase();
	return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}
