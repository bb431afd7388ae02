import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decryptWith } from '$lib/domain/formats/age-file';
import { decodeFromLink } from '$lib/domain/formats/link-codec';
import { postureSummarySchema } from '$lib/domain/formats/summary';
import { summaryFile, summaryFileName, summaryLinkData } from '$lib/domain/formats/summary-file';
import { ageKey } from '../../../helpers/age-keys';

const SUMMARY = postureSummarySchema.parse(
	JSON.parse(readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8'))
);
const ADMIN = ageKey('admin-key.txt');
const OTHER = ageKey('other-key.txt');
/** The fixture's device and revision, read off the file by hand. */
const PLAIN_NAME = `telework-check-summary-${SUMMARY.profile.ref}-r${SUMMARY.revision}.json`;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('a summary leaving the device', () => {
	it('without a key is the pretty JSON the preview shows, under a .json name', async () => {
		const made = await summaryFile(SUMMARY);
		if (!made.ok) throw new Error(made.problem);
		expect(made.value.name).toBe(PLAIN_NAME);
		expect(made.value.type).toBe('application/json');
		expect(text(made.value.bytes)).toBe(JSON.stringify(SUMMARY, null, 2));
	});

	it('with a key is binary age for that key alone, named .json.age, holding the same JSON', async () => {
		const made = await summaryFile(SUMMARY, ADMIN.recipient);
		if (!made.ok) throw new Error(made.problem);
		expect(made.value.name).toBe(`${PLAIN_NAME}.age`);
		expect(summaryFileName(SUMMARY, true)).toBe(made.value.name);
		expect(text(made.value.bytes.slice(0, 21))).toBe('age-encryption.org/v1');
		expect(text(made.value.bytes)).not.toContain(SUMMARY.respondent.id);
		const opened = await decryptWith([ADMIN.identity], made.value.bytes);
		expect(opened.ok && text(opened.bytes)).toBe(JSON.stringify(SUMMARY, null, 2));
		expect(await decryptWith([OTHER.identity], made.value.bytes)).toEqual({
			ok: false,
			failure: 'wrong-key'
		});
	});

	it('as a link with a key opens only with that key', async () => {
		const plain = await summaryLinkData(SUMMARY);
		const sealed = await summaryLinkData(SUMMARY, ADMIN.recipient);
		if (!plain.ok || !sealed.ok) throw new Error('not made');
		const json = JSON.stringify(SUMMARY);
		const opened = await decodeFromLink(sealed.value, 1_000_000, [ADMIN.identity]);
		expect(opened.ok && text(opened.bytes)).toBe(json);
		const readable = await decodeFromLink(plain.value, 1_000_000);
		expect(readable.ok && text(readable.bytes)).toBe(json);
		expect(await decodeFromLink(sealed.value, 1_000_000)).toEqual({
			ok: false,
			error: 'cannot-decrypt',
			failure: 'needs-key'
		});
	});

	it('refuses a key with a broken checksum instead of sending in the clear', async () => {
		// One character of the key changed: the shape is right, the checksum is not.
		const last = ADMIN.recipient.at(-1) === 'q' ? 'p' : 'q';
		const broken = ADMIN.recipient.slice(0, -1) + last;
		expect(await summaryFile(SUMMARY, broken)).toEqual({ ok: false, problem: 'bad-key' });
		expect(await summaryLinkData(SUMMARY, broken)).toEqual({ ok: false, problem: 'bad-key' });
	});
});
