import { readFileSync } from 'node:fs';
import { Encrypter, armor, generateHybridIdentity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import {
	decryptWith,
	encryptTo,
	isRecipient,
	makeKeyPair,
	readIdentityFile,
	recipientOf
} from '$lib/domain/formats/age-file';
import {
	AGE_HEADER_MAX_BYTES,
	ageForm,
	ageMaxBytes,
	checkAgeHeader
} from '$lib/domain/formats/age-header';
import { keyGroups } from '$lib/domain/policy/key-file';
import { ageKey } from '../../../helpers/age-keys';

const ADMIN = ageKey('admin-key.txt');
const OLD = ageKey('old-admin-key.txt');
const OTHER = ageKey('other-key.txt');
const PLAIN = new Uint8Array(readFileSync('tests/fixtures/formats/summary-v1.json'));
const ascii = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A header as a hostile file could write it, followed by some payload bytes. */
const handMade = (header: string) => ascii(`${header}\n${'x'.repeat(64)}`);
const STANZA_BODY = 'C9b575V3TuRsV1rRkzA15lJPbcbTmL+F022FZZfKQQI';
const MAC = '--- VHJ20iE1PmHbvudnvFo71CNL3X9OK/E5dSGOG489qvc';
const X25519_LINE = '-> X25519 S9Fa+JKonw7Q81pfGIIpxPpTnlpuz5UkqlN2xTxk3lY';

const encrypted = () => encryptTo(ADMIN.recipient, PLAIN);

describe('age keys', () => {
	it('makes an X25519 key pair in the format age-keygen writes', async () => {
		const pair = await makeKeyPair();
		expect(pair.identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
		expect(pair.recipient).toMatch(/^age1[0-9a-z]{58}$/);
		expect(await recipientOf(pair.identity)).toBe(pair.recipient);
		expect((await makeKeyPair()).identity).not.toBe(pair.identity);
	});

	it("gives an age-keygen identity's public key, and none for anything else", async () => {
		expect(await recipientOf(ADMIN.identity)).toBe(ADMIN.recipient);
		expect(await recipientOf(ADMIN.identity.toLowerCase())).toBeUndefined();
		expect(await recipientOf(`${ADMIN.identity.slice(0, -1)}Q`)).toBeUndefined();
		expect(await recipientOf(ADMIN.recipient)).toBeUndefined();
		expect(await recipientOf(await generateHybridIdentity())).toBeUndefined();
	});

	it('takes an X25519 recipient only, its checksum checked', async () => {
		expect(isRecipient(ADMIN.recipient)).toBe(true);
		const last = ADMIN.recipient.at(-1) === 'q' ? 'p' : 'q';
		expect(isRecipient(`${ADMIN.recipient.slice(0, -1)}${last}`)).toBe(false);
		expect(isRecipient(ADMIN.recipient.toUpperCase())).toBe(false);
		expect(isRecipient(await identityToRecipient(await generateHybridIdentity()))).toBe(false);
		expect(isRecipient(ADMIN.identity)).toBe(false);
		await expect(encryptTo('age1nope', PLAIN)).rejects.toThrow(TypeError);
	});
});

describe('a key file', () => {
	it('gives every identity line with the public key age-keygen printed for it, past comments, blank lines and CRLF', async () => {
		const file = readFileSync('tests/fixtures/age/admin-key.txt', 'utf8');
		const old = readFileSync('tests/fixtures/age/old-admin-key.txt', 'utf8');
		expect(await readIdentityFile(`${file}\r\n\n${old.replaceAll('\n', '\r\n')}`)).toEqual({
			ok: true,
			keys: [
				{ identity: ADMIN.identity, recipient: ADMIN.recipient },
				{ identity: OLD.identity, recipient: OLD.recipient }
			]
		});
	});

	it('reads a key typed by hand from the paper copy: the key line alone, with gaps or in small letters', async () => {
		const pair = { identity: ADMIN.identity, recipient: ADMIN.recipient };
		expect(await readIdentityFile(ADMIN.identity)).toEqual({ ok: true, keys: [pair] });
		const grouped = keyGroups(ADMIN.identity).join(' ');
		expect(await readIdentityFile(`${grouped}\r\n`)).toEqual({ ok: true, keys: [pair] });
		expect(await readIdentityFile(` ${grouped.toLowerCase()} \n`)).toEqual({
			ok: true,
			keys: [pair]
		});
		// Wrapped as on the paper, over three lines.
		const wrapped = `${grouped.slice(0, 30)}\n${grouped.slice(30, 60)}\n${grouped.slice(60)}\n`;
		expect(await readIdentityFile(`# from paper\n${wrapped}`)).toEqual({ ok: true, keys: [pair] });
		expect(await readIdentityFile(`${wrapped}${OLD.identity}\n`)).toEqual({
			ok: true,
			keys: [pair, { identity: OLD.identity, recipient: OLD.recipient }]
		});
		expect(await readIdentityFile(`${grouped.slice(0, 30)}\n\n${grouped.slice(30)}`)).toEqual({
			ok: false,
			problem: 'not-identity',
			line: 1
		});
		// One character copied wrong: the checksum catches it.
		const last = ADMIN.identity.at(-1) === 'Q' ? 'P' : 'Q';
		expect(await readIdentityFile(`${ADMIN.identity.slice(0, -1)}${last}`)).toEqual({
			ok: false,
			problem: 'not-identity',
			line: 1
		});
	});

	it('names the first line that is not an X25519 identity, and a file with none', async () => {
		const hybrid = await generateHybridIdentity();
		expect(await readIdentityFile(`# keys\n${ADMIN.identity}\n${hybrid}\n`)).toEqual({
			ok: false,
			problem: 'not-identity',
			line: 3
		});
		expect(await readIdentityFile('# nothing here\n\n')).toEqual({
			ok: false,
			problem: 'no-identity'
		});
	});
});

describe('encrypting and opening a file', () => {
	it('round trip: binary age with one X25519 stanza, opened to the same bytes', async () => {
		const file = await encrypted();
		expect(ageForm(file)).toBe('binary');
		expect(text(file).split('\n')[1]).toMatch(/^-> X25519 [A-Za-z0-9+/]{43}$/);
		expect(await decryptWith([ADMIN.identity], file)).toEqual({ ok: true, bytes: PLAIN });
		// A fresh file key and nonce each time.
		expect(await encrypted()).not.toEqual(file);
	});

	it('opens the armored form too, after leading blank lines', async () => {
		const armored = ascii(`\n\r\n${armor.encode(await encrypted())}`);
		expect(ageForm(armored)).toBe('armored');
		expect(await decryptWith([ADMIN.identity], armored)).toEqual({ ok: true, bytes: PLAIN });
		const cut = ascii(text(armored).replace(/-----END AGE ENCRYPTED FILE-----\n$/, ''));
		expect(await decryptWith([ADMIN.identity], cut)).toEqual({ ok: false, failure: 'not-age' });
	});

	it('rotation: a file for the previous key opens while its identity is kept', async () => {
		const old = await encryptTo(OLD.recipient, PLAIN);
		const keys = [ADMIN.identity, OLD.identity];
		expect(await decryptWith(keys, old)).toEqual({ ok: true, bytes: PLAIN });
		expect(await decryptWith([ADMIN.identity], old)).toEqual({ ok: false, failure: 'wrong-key' });
	});

	it('says a wrong key plainly, and asks for a key when it has none', async () => {
		const file = await encrypted();
		expect(await decryptWith([OTHER.identity], file)).toEqual({ ok: false, failure: 'wrong-key' });
		expect(await decryptWith([], file)).toEqual({ ok: false, failure: 'needs-key' });
	});

	it('refuses a cut-off file, a changed payload byte and a changed header MAC as damaged', async () => {
		const file = await encrypted();
		const damaged = { ok: false, failure: 'damaged' };
		expect(await decryptWith([ADMIN.identity], file.subarray(0, file.length - 10))).toEqual(
			damaged
		);
		const payload = Uint8Array.from(file);
		payload[payload.length - 1]! ^= 1;
		expect(await decryptWith([ADMIN.identity], payload)).toEqual(damaged);
		const lines = text(file.subarray(0, 168)).split('\n');
		const mac = lines[3]!;
		const flipped = mac.slice(0, 10) + (mac[10] === 'A' ? 'B' : 'A') + mac.slice(11);
		const header = ascii(text(file.subarray(0, 168)).replace(mac, flipped));
		const altered = new Uint8Array([...header, ...file.subarray(168)]);
		expect(await decryptWith([ADMIN.identity], altered)).toEqual(damaged);
		// Only the header: no nonce, no payload.
		expect(await decryptWith([ADMIN.identity], file.subarray(0, 168))).toEqual(damaged);
	});

	it('refuses a file for several recipients, and one made with a passphrase', async () => {
		const both = new Encrypter();
		both.addRecipient(ADMIN.recipient);
		both.addRecipient(OTHER.recipient);
		const several = await both.encrypt(PLAIN);
		expect(await decryptWith([ADMIN.identity], several)).toEqual({
			ok: false,
			failure: 'several-recipients'
		});
		const withPassphrase = new Encrypter();
		withPassphrase.setPassphrase('correct horse battery staple');
		withPassphrase.setScryptWorkFactor(2);
		expect(await decryptWith([ADMIN.identity], await withPassphrase.encrypt(PLAIN))).toEqual({
			ok: false,
			failure: 'passphrase-refused'
		});
	});

	it('refuses a recipient type it does not use: post-quantum hybrid, or unknown', async () => {
		const hybrid = new Encrypter();
		hybrid.addRecipient(await identityToRecipient(await generateHybridIdentity()));
		const unsupported = { ok: false, failure: 'unsupported-recipient' };
		expect(await decryptWith([ADMIN.identity], await hybrid.encrypt(PLAIN))).toEqual(unsupported);
		const ssh = handMade(
			`age-encryption.org/v1\n-> ssh-ed25519 Xyz0Ag AAAA\n${STANZA_BODY}\n${MAC}`
		);
		expect(await decryptWith([ADMIN.identity], ssh)).toEqual(unsupported);
	});

	it('refuses bytes that are no age file, an empty file among them', async () => {
		const notAge = { ok: false, failure: 'not-age' };
		for (const bytes of [PLAIN, new Uint8Array(), ascii('age-encryption.org/v2\n')]) {
			expect(await decryptWith([ADMIN.identity], bytes)).toEqual(notAge);
		}
	});
});

describe('the age header, checked before the library sees it', () => {
	it('takes exactly one X25519 stanza', () => {
		expect(
			checkAgeHeader(handMade(`age-encryption.org/v1\n${X25519_LINE}\n${STANZA_BODY}\n${MAC}`))
		).toBe(undefined);
	});

	it('refuses a header longer than its limit, before reading all of it', () => {
		const long = `age-encryption.org/v1\n-> X25519 ${'A'.repeat(AGE_HEADER_MAX_BYTES)}\n`;
		expect(checkAgeHeader(handMade(long))).toBe('header-too-large');
		const many = `age-encryption.org/v1\n${`${X25519_LINE}\n${STANZA_BODY}\n`.repeat(50)}${MAC}`;
		expect(checkAgeHeader(handMade(many))).toBe('header-too-large');
	});

	it('refuses a passphrase stanza even beside an X25519 one, and several stanzas', () => {
		const scrypt = '-> scrypt c2FsdHNhbHRzYWx0c2FsdA 30';
		const header = (...stanzas: string[]) =>
			handMade(
				`age-encryption.org/v1\n${stanzas.map((s) => `${s}\n${STANZA_BODY}`).join('\n')}\n${MAC}`
			);
		expect(checkAgeHeader(header(scrypt))).toBe('passphrase-refused');
		expect(checkAgeHeader(header(X25519_LINE, scrypt))).toBe('passphrase-refused');
		expect(checkAgeHeader(header(X25519_LINE, X25519_LINE))).toBe('several-recipients');
	});

	it('refuses malformed lines as damaged', () => {
		const cases = [
			`age-encryption.org/v1\n${MAC}`, // no stanza
			`age-encryption.org/v1\n->  X25519 abc\n${STANZA_BODY}\n${MAC}`, // empty argument
			`age-encryption.org/v1\n->\n${STANZA_BODY}\n${MAC}`, // no type
			`age-encryption.org/v1\n-- X25519 abc\n${STANZA_BODY}\n${MAC}`, // not a stanza
			`age-encryption.org/v1\n${X25519_LINE}\n${STANZA_BODY}!\n${MAC}`, // not base64
			`age-encryption.org/v1\n${X25519_LINE}\n${'A'.repeat(64)}\n${MAC}`, // body never ends
			`age-encryption.org/v1\r\n${X25519_LINE}\n${STANZA_BODY}\n${MAC}`, // CR
			`age-encryption.org/v1\n${X25519_LINE}\n${STANZA_BODY}\né${MAC}`, // not ASCII
			`age-encryption.org/v1\n${X25519_LINE}\n${STANZA_BODY}` // no MAC line
		];
		for (const header of cases) {
			expect(checkAgeHeader(ascii(`${header}\n`)), header).toBe('damaged');
		}
	});

	it('bounds an encrypted file: header, nonce, tags, and the armor around them', async () => {
		const file = await encrypted();
		expect(file.length).toBeLessThanOrEqual(ageMaxBytes(PLAIN.length));
		expect(armor.encode(file).length).toBeLessThanOrEqual(ageMaxBytes(PLAIN.length));
		// 256 KiB plain: four 64 KiB chunks, binary at most 266,320 bytes, armored 355,100 or so.
		expect(ageMaxBytes(256 * 1024)).toBeGreaterThan(4 * Math.ceil((256 * 1024 + 4096 + 80) / 3));
		expect(ageMaxBytes(256 * 1024)).toBeLessThan(360 * 1024);
	});
});
