import { readFileSync } from 'node:fs';
import { armor } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { encryptTo } from '$lib/domain/formats/age-file';
import { admitBatch, readSummary, SUMMARY_MAX_BYTES } from '$lib/domain/formats/import-summaries';
import { fileErrorText } from '$lib/i18n/problem-text';
import { ageKey } from '../../../helpers/age-keys';

const TEXT = readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8');
const PLAIN = new TextEncoder().encode(TEXT);
const ADMIN = ageKey('admin-key.txt');
const OTHER = ageKey('other-key.txt');

async function refusal(bytes: Uint8Array, name: string, identities = [ADMIN.identity]) {
	const result = await readSummary(bytes, name, identities);
	if (result.ok) throw new Error(`${name} was accepted`);
	return result.error;
}

describe('an encrypted summary file', () => {
	it('is opened with the admin key, then read like the plain file', async () => {
		const plain = await readSummary(PLAIN, 'me.json');
		const file = await encryptTo(ADMIN.recipient, PLAIN);
		expect(plain.ok).toBe(true);
		expect(await readSummary(file, 'me.json.age', [ADMIN.identity])).toEqual(plain);
		// By its content, whatever its name; armored too.
		expect(await readSummary(file, 'renamed.json', [ADMIN.identity])).toEqual(plain);
		const armored = new TextEncoder().encode(armor.encode(file));
		expect(await readSummary(armored, 'me.txt', [ADMIN.identity])).toEqual(plain);
	});

	it('for another key says so plainly, naming the file', async () => {
		const error = await refusal(await encryptTo(OTHER.recipient, PLAIN), 'mine.json.age');
		expect(error).toMatchObject({
			code: 'unreadable',
			fileName: 'mine.json.age',
			problem: { kind: 'encrypted-wrong-key' }
		});
		expect(fileErrorText('en', error)).toBe(
			'mine.json.age: it is encrypted to another key and this key cannot open it; if it was made for an earlier key, add that key; otherwise ask the sender to make it again under the current policy'
		);
		expect(fileErrorText('ja', error)).toContain(
			'ファイル「mine.json.age」: 別の鍵あてに暗号化されていて'
		);
	});

	it('without a key, says that it needs one', async () => {
		const error = await refusal(await encryptTo(ADMIN.recipient, PLAIN), 'a.json.age', []);
		expect(error.problem).toEqual({ kind: 'encrypted-needs-key' });
		expect(fileErrorText('en', error)).toBe(
			"a.json.age: it is encrypted; opening it needs the admin's private key"
		);
	});

	it('named .age but holding no age file (plain JSON, or nothing) is refused', async () => {
		for (const bytes of [PLAIN, new Uint8Array()]) {
			expect(await refusal(bytes, 'x.json.AGE')).toMatchObject({
				code: 'unreadable',
				problem: { kind: 'encrypted-not-age' }
			});
		}
		// An empty file with a plain name is no JSON, as before.
		expect((await refusal(new Uint8Array(), 'x.json')).code).toBe('not-json');
	});

	it('whose content was changed before encryption is refused by its digest', async () => {
		const edited = TEXT.replace('"revision": 1', '"revision": 2');
		const file = await encryptTo(ADMIN.recipient, new TextEncoder().encode(edited));
		expect((await refusal(file, 'edited.json.age')).problem).toEqual({ kind: 'digest-mismatch' });
	});

	it('may be as large as a largest summary encrypted, and no larger', () => {
		const { admitted, refused } = admitBatch([
			{ name: 'big.json.age', size: SUMMARY_MAX_BYTES + 2000 },
			{ name: 'big.json', size: SUMMARY_MAX_BYTES + 2000 },
			{ name: 'huge.json.age', size: 2 * SUMMARY_MAX_BYTES }
		]);
		expect(admitted.map((f) => f.name)).toEqual(['big.json.age']);
		expect(refused.map((e) => [e.fileName, e.code])).toEqual([
			['big.json', 'too-big'],
			['huge.json.age', 'too-big']
		]);
	});

	it('that opens to more than a summary may hold is refused as too big', async () => {
		const padded = `${TEXT}${' '.repeat(SUMMARY_MAX_BYTES)}`;
		const file = await encryptTo(ADMIN.recipient, new TextEncoder().encode(padded));
		expect((await refusal(file, 'padded.json.age')).code).toBe('too-big');
	});
});
