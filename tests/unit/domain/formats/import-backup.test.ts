import { fc, test as fcTest } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BACKUP_FORMAT_VERSION, backupSchema } from '$lib/domain/formats/backup';
import {
	BACKUP_MAX_BYTES,
	checkBackupSize,
	displayFileName,
	readBackup,
	SUPPORTED_BACKUP_VERSIONS,
	type BackupError,
	type ReadBackupResult
} from '$lib/domain/formats/import-backup';
import { fileErrorText } from '$lib/i18n/problem-text';
import { backupArbitrary } from '../../../helpers/backup-arbitrary';

const FIXTURES = 'tests/fixtures/formats';
const VALID_NAME = 'telework-check-backup-2026-11-24.json';
const validText = readFileSync(`${FIXTURES}/backup-v1.json`, 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function errorOf(result: ReadBackupResult): BackupError {
	if (result.ok) throw new Error('expected the backup to be refused');
	return result.error;
}

describe('a valid backup', () => {
	test('the v1 fixture reads as exactly what it holds', () => {
		const result = readBackup(encode(validText), VALID_NAME);
		expect(result).toEqual({ ok: true, backup: JSON.parse(validText) });
	});

	test('the v1 fixture round-trips: read, write, read again', () => {
		const first = readBackup(readFileSync(`${FIXTURES}/backup-v1.json`), VALID_NAME);
		if (!first.ok) throw new Error(fileErrorText('en', first.error));
		const again = readBackup(encode(JSON.stringify(first.backup, null, 2)), VALID_NAME);
		expect(again).toEqual(first);
	});

	test('reads from an ArrayBuffer as from a Uint8Array', () => {
		expect(readBackup(encode(validText).buffer, VALID_NAME).ok).toBe(true);
	});

	test('every supported version has an upgrade, up to the current one', () => {
		expect(SUPPORTED_BACKUP_VERSIONS).toContain(BACKUP_FORMAT_VERSION);
		expect(Math.max(...SUPPORTED_BACKUP_VERSIONS)).toBe(BACKUP_FORMAT_VERSION);
	});
});

describe('a hostile or broken file is refused with the file and the field', () => {
	test.each([
		[
			'proto-at-depth',
			'forbidden-key',
			'answers[1]',
			'Answer 2: a field named "__proto__" is refused for safety'
		],
		[
			'constructor-key',
			'forbidden-key',
			'profiles[0]',
			'Device 1: a field named "constructor" is refused for safety'
		],
		['prototype-key', 'forbidden-key', '', 'a field named "prototype" is refused for safety'],
		[
			'duplicate-key',
			'duplicate-key',
			'answers[1].status',
			'Answer 2, status: the field "status" appears twice, so it is not clear which one counts'
		],
		['unknown-key', 'invalid', 'answers[0]', 'Answer 1: "score" is not a field this file can have'],
		['wrong-format', 'wrong-format', '', 'this is not a backup file; choose the right file'],
		['not-an-object', 'wrong-format', '', 'this is not a backup file; choose the right file'],
		[
			'format-version-99',
			'newer-version',
			'',
			'made by a newer version of the app (format version 99); update the app'
		],
		[
			'format-version-0',
			'unsupported-version',
			'',
			'this version (0) cannot be read; this app reads versions 1'
		],
		['invalid-status', 'invalid', 'answers[1].status', 'Answer 2, status: choose one of the'],
		['too-deep', 'too-deep', '', 'nests too deeply (up to 32 levels, at character 109)'],
		['truncated', 'not-json', '', 'cannot be read as JSON; the file is damaged or incomplete'],
		[
			'answer-unknown-profile',
			'invalid',
			'answers[1].profileId',
			'Answer 2, device id: answers a device (phone) that is not in this backup'
		],
		[
			'duplicate-answer',
			'invalid',
			'answers[2].itemId',
			'Answer 3, item id: "os-auto-update" is listed twice; list it once'
		],
		['duplicate-profile', 'invalid', 'profiles[1].id', 'Device 2, id: "default" is listed twice']
	])('%s', (name, code, field, message) => {
		const fileName = `${name}.json`;
		const error = errorOf(
			readBackup(readFileSync(`${FIXTURES}/backup-invalid/${fileName}`), fileName)
		);
		expect(error.code).toBe(code);
		expect(error.fileName).toBe(fileName);
		expect(error.field).toBe(field);
		expect(fileErrorText('en', error)).toContain(field ? `${fileName} › ${message}` : message);
		expect(fileErrorText('ja', error)).toMatch(new RegExp(`^ファイル「${name}\\.json」`));
	});

	test('the message names the field by its label, in either language', () => {
		const data = JSON.parse(validText);
		data.answers[1].status = 'finished';
		const error = errorOf(readBackup(encode(JSON.stringify(data)), VALID_NAME));
		expect(fileErrorText('ja', error)).toBe(
			'ファイル「telework-check-backup-2026-11-24.json」の回答 2 件目の状態: 決められた選択肢から選んでください'
		);
		expect(fileErrorText('en', error)).toBe(
			'telework-check-backup-2026-11-24.json › Answer 2, status: choose one of the given options'
		);
	});

	test('bad UTF-8 (bytes written here: a broken sequence inside a note)', () => {
		const good = encode(validText);
		const at = validText.indexOf('自動更新');
		const offset = encode(validText.slice(0, at)).length;
		const broken = new Uint8Array(good);
		broken[offset + 1] = 0xff; // inside the three bytes of 自
		const error = errorOf(readBackup(broken, 'bad-utf8.json'));
		expect(error).toMatchObject({ code: 'not-utf8', field: '' });
		expect(fileErrorText('en', error)).toBe(
			'bad-utf8.json: cannot be read as text; the file may be damaged'
		);
	});

	test('a file over 5 MB, by its bytes and by its declared size', () => {
		const big = new Uint8Array(BACKUP_MAX_BYTES + 1).fill(0x20);
		big.set(encode(validText));
		const error = errorOf(readBackup(big, 'big.json'));
		expect(error.code).toBe('too-big');
		expect(fileErrorText('ja', error)).toBe(
			'ファイル「big.json」: 大きすぎます（5 MBまで）。このアプリで作ったファイルか確かめてください'
		);
		expect(checkBackupSize(BACKUP_MAX_BYTES + 1, 'big.json')).toMatchObject({
			ok: false,
			error: { code: 'too-big', fileName: 'big.json' }
		});
		expect(checkBackupSize(BACKUP_MAX_BYTES, 'fine.json')).toBeUndefined();
		// Exactly at the limit is still read.
		const atLimit = new Uint8Array(BACKUP_MAX_BYTES).fill(0x20);
		atLimit.set(encode(validText));
		expect(readBackup(atLimit, VALID_NAME).ok).toBe(true);
	});

	test.each([
		['a missing formatVersion', { formatVersion: undefined }, 'formatVersion'],
		['formatVersion as a string', { formatVersion: '1' }, 'formatVersion'],
		['formatVersion 1.5', { formatVersion: 1.5 }, 'formatVersion'],
		['a missing profiles list', { profiles: undefined }, 'profiles'],
		['a bad creation date', { createdAt: 'yesterday' }, 'createdAt']
	])('%s', (_label, change, field) => {
		const data = { ...JSON.parse(validText), ...change };
		const error = errorOf(readBackup(encode(JSON.stringify(data)), VALID_NAME));
		expect(error.code).toBe('invalid');
		expect(error.field).toBe(field);
	});

	test('several problems: the first is named, the rest counted', () => {
		const data = JSON.parse(validText);
		data.answers[0].status = 'x';
		data.answers[1].revision = 0;
		const error = errorOf(readBackup(encode(JSON.stringify(data)), VALID_NAME));
		expect(error.field).toBe('answers[0].status');
		expect(error.more).toBe(1);
		expect(fileErrorText('en', error)).toMatch(/ \(and 1 more to fix\)$/);
		expect(fileErrorText('ja', error)).toMatch(/（ほかに直すところが1件あります）$/);
	});

	test('reading a hostile file pollutes no prototype', () => {
		for (const name of ['proto-at-depth', 'constructor-key', 'prototype-key']) {
			readBackup(readFileSync(`${FIXTURES}/backup-invalid/${name}.json`), name);
		}
		expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('a file name cannot smuggle control or bidi characters into the message', () => {
		expect(displayFileName('evil\u202Enosj.exe')).toBe('evil\ufffdnosj.exe');
		expect(displayFileName('a\nb')).toBe('a\ufffdb');
		expect(displayFileName('   ')).toBe('file');
		expect(displayFileName('x'.repeat(300))).toHaveLength(91);
		const error = errorOf(readBackup(encode('[]'), 'x\u2066y.json'));
		expect(fileErrorText('en', error)).toBe(
			'x\ufffdy.json: this is not a backup file; choose the right file'
		);
	});
});

describe('properties', () => {
	fcTest.prop([fc.uint8Array({ maxLength: 4096 }), fc.string({ maxLength: 40 })])(
		'never throws on any bytes',
		(bytes, name) => {
			const result = readBackup(bytes, name);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(fileErrorText('ja', result.error)).toMatch(/^ファイル「/);
		}
	);

	fcTest.prop([fc.json({ maxDepth: 6 })])('never throws on any JSON', (text) => {
		const result = readBackup(encode(text), 'any.json');
		expect(typeof result.ok).toBe('boolean');
	});

	// A real backup with one value somewhere replaced by anything JSON can hold.
	fcTest.prop([
		backupArbitrary,
		fc.array(fc.oneof(fc.nat({ max: 8 }), fc.string({ maxLength: 12 })), {
			minLength: 1,
			maxLength: 4
		}),
		fc.jsonValue({ maxDepth: 3 })
	])('never throws on a valid backup with one value changed', (backup, path, value) => {
		const data = JSON.parse(JSON.stringify(backup)) as Record<string, unknown>;
		let target: Record<string | number, unknown> = data;
		// Own properties only, and defined rather than assigned: fast-check likes to try
		// "__proto__", and the test itself must not pollute Object.prototype.
		for (const step of path.slice(0, -1)) {
			const next = Object.hasOwn(target, step) ? target[step] : undefined;
			if (typeof next !== 'object' || next === null) break;
			target = next as Record<string | number, unknown>;
		}
		Object.defineProperty(target, path[path.length - 1]!, {
			value,
			enumerable: true,
			writable: true,
			configurable: true
		});
		const result = readBackup(encode(JSON.stringify(data)), VALID_NAME);
		expect(typeof result.ok).toBe('boolean');
		if (result.ok) expect(backupSchema.safeParse(result.backup).success).toBe(true);
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
	});

	fcTest.prop([backupArbitrary])('every valid backup round-trips exactly', (backup) => {
		expect(backupSchema.safeParse(backup).success).toBe(true);
		const result = readBackup(encode(JSON.stringify(backup)), VALID_NAME);
		expect(result).toEqual({ ok: true, backup });
	});
});
