import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { decodeFromLink, encodeForLink } from '$lib/domain/formats/link-codec';

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
