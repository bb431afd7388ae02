import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
	FINGERPRINT_PATTERN,
	canonicalJson,
	fingerprint,
	sha256Hex
} from '$lib/domain/formats/canonical';

/** The same value with every object's keys in reverse order. */
function reorder(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(reorder);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.reverse()
				.map(([k, v]) => [k, reorder(v)])
		);
	}
	return value;
}

describe('canonical form and fingerprint', () => {
	it('sorts keys, drops whitespace and matches the known SHA-256 of "abc"', async () => {
		expect(canonicalJson({ b: [1, { d: true, c: null }], a: 'x' })).toBe(
			'{"a":"x","b":[1,{"c":null,"d":true}]}'
		);
		expect(await sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	test.prop([fc.jsonValue()])('is the same whatever the key order', async (value) => {
		expect(canonicalJson(reorder(value))).toBe(canonicalJson(value));
		expect(canonicalJson(JSON.parse(canonicalJson(value)))).toBe(canonicalJson(value));
	});

	it('gives a policy pack a short fingerprint that changes with any value', async () => {
		const pack = JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v2.json', 'utf8'));
		const print = await fingerprint(pack);
		expect(print).toMatch(FINGERPRINT_PATTERN);
		expect(await fingerprint(reorder(pack))).toBe(print);
		expect(await fingerprint({ ...pack, packVersion: 4 })).not.toBe(print);
	});

	it("covers the admin's public key: another key, or none, is another fingerprint", async () => {
		const pack = JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v5.json', 'utf8'));
		// tests/fixtures/age/other-key.txt
		const other = 'age105pkqkgc3nz9nne7d3984y2re4zd3lt56fgtplyqnlwl8wdy4yusv9t5y8';
		const print = await fingerprint(pack);
		expect(await fingerprint({ ...pack, recipient: other })).not.toBe(print);
		expect(await fingerprint({ ...pack, recipient: undefined })).not.toBe(print);
	});

	it('refuses values JSON cannot carry', () => {
		expect(() => canonicalJson({ n: Infinity })).toThrow(TypeError);
		expect(() => canonicalJson([() => 1])).toThrow(TypeError);
	});
});
