import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
	decodeFromLink,
	encodeEncryptedForLink,
	encodeForLink
} from '$lib/domain/formats/link-codec';
import { ageKey } from '../../../helpers/age-keys';

const decodeJson = async (text: string, max = 1024 * 1024) => {
	const result = await decodeFromLink(text, max);
	if (!result.ok) throw new Error(result.error);
	return JSON.parse(new TextDecoder().decode(result.bytes));
};

describe('data in a link fragment', () => {
	it('round-trips a policy pack in URL-safe text much shorter than its JSON', async () => {
		const pack = JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v2.json', 'utf8'));
		const text = await encodeForLink(pack);
		expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(text.length).toBeLessThan(JSON.stringify(pack).length);
		expect(await decodeJson(text)).toEqual(pack);
	});

	test.prop([fc.jsonValue()])('round-trips any JSON value', async (value) => {
		expect(await decodeJson(await encodeForLink(value))).toEqual(JSON.parse(JSON.stringify(value)));
	});

	it('refuses text that is not base64url or not deflate data', async () => {
		expect(await decodeFromLink('abc$', 1000)).toEqual({ ok: false, error: 'not-base64url' });
		expect(await decodeFromLink('', 1000)).toEqual({ ok: false, error: 'not-base64url' });
		expect(await decodeFromLink('AAAAAAAA', 1000)).toMatchObject({ ok: false });
	});

	it('stops inflating at the cap: a small link cannot become a huge document', async () => {
		const bomb = await encodeForLink('x'.repeat(2_000_000));
		expect(bomb.length).toBeLessThan(10_000);
		expect(await decodeFromLink(bomb, 100_000)).toEqual({ ok: false, error: 'too-big' });
	});

	test.prop([fc.string({ unit: fc.constantFrom(...'ABCabc019-_'.split('')), maxLength: 200 })])(
		'never throws on random link text',
		async (text) => {
			const result = await decodeFromLink(text, 10_000);
			expect(typeof result.ok).toBe('boolean');
		}
	);
});

describe('a summary link encrypted to the admin', () => {
	const admin = ageKey('admin-key.txt');
	const summary = JSON.parse(readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8'));

	it('opens with the admin key to the same JSON; compressed first, so it costs a fixed 200 bytes', async () => {
		const plain = await encodeForLink(summary);
		const encrypted = await encodeEncryptedForLink(summary, admin.recipient);
		expect(encrypted).toMatch(/^[A-Za-z0-9_-]+$/);
		const result = await decodeFromLink(encrypted, 256 * 1024, [admin.identity]);
		if (!result.ok) throw new Error(result.error);
		expect(JSON.parse(new TextDecoder().decode(result.bytes))).toEqual(summary);
		// age header with one X25519 stanza (168 bytes), nonce (16), tag (16): 200 bytes, in base64url.
		expect(encrypted.length - plain.length).toBeGreaterThanOrEqual(266);
		expect(encrypted.length - plain.length).toBeLessThanOrEqual(267);
	});

	it('says why it cannot be opened: no key, another key', async () => {
		const encrypted = await encodeEncryptedForLink(summary, admin.recipient);
		expect(await decodeFromLink(encrypted, 256 * 1024)).toEqual({
			ok: false,
			error: 'cannot-decrypt',
			failure: 'needs-key'
		});
		const other = ageKey('other-key.txt').identity;
		expect(await decodeFromLink(encrypted, 256 * 1024, [other])).toEqual({
			ok: false,
			error: 'cannot-decrypt',
			failure: 'wrong-key'
		});
	});

	it('still stops inflating at the cap once opened', async () => {
		const encrypted = await encodeEncryptedForLink({ pad: ' '.repeat(100_000) }, admin.recipient);
		expect(await decodeFromLink(encrypted, 10_000, [admin.identity])).toEqual({
			ok: false,
			error: 'too-big'
		});
	});
});
