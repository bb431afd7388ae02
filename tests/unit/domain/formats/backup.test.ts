import { describe, expect, test } from 'vitest';
import {
	BACKUP_FORMAT,
	BACKUP_FORMAT_VERSION,
	backupFileName,
	backupSchema,
	createBackup,
	type Backup
} from '$lib/domain/formats/backup';
import { makeAnswer, makeProfile, NOW } from '../../../helpers/records';

function sampleBackup(): Backup {
	return createBackup(
		{
			appVersion: '0.1.0',
			contentVersion: '2026.11.1',
			profiles: [makeProfile(), makeProfile({ id: 'phone', name: 'スマートフォン' })],
			answers: [
				makeAnswer({ note: 'Checked\nwith IT' }),
				makeAnswer({
					itemId: 'disk-encryption',
					status: 'waiver',
					reason: 'Waiting for a new laptop',
					waiverUntil: '2027-03-31',
					revision: 3
				}),
				makeAnswer({ profileId: 'phone', status: 'not-applicable' })
			]
		},
		NOW
	);
}

/** A valid backup as JSON text, with `edit` applied to the parsed object first. */
function backupJson(edit: (data: Record<string, unknown>) => void = () => {}): string {
	const data = JSON.parse(JSON.stringify(sampleBackup())) as Record<string, unknown>;
	edit(data);
	return JSON.stringify(data);
}

describe('createBackup', () => {
	test('stamps format, version and time', () => {
		const backup = sampleBackup();
		expect(backup.format).toBe(BACKUP_FORMAT);
		expect(backup.format).toBe('telework-check-backup');
		expect(backup.formatVersion).toBe(BACKUP_FORMAT_VERSION);
		expect(backup.createdAt).toBe('2026-11-24T09:30:00.000Z');
	});

	test('round-trips through JSON and backupSchema unchanged', () => {
		const backup = sampleBackup();
		const restored = backupSchema.parse(JSON.parse(JSON.stringify(backup)));
		expect(restored).toEqual(backup);
		expect(restored.answers).toHaveLength(3);
		expect(restored.answers[0]?.note).toBe('Checked\nwith IT');
	});

	test('refuses to write a backup holding an invalid answer', () => {
		expect(() =>
			createBackup(
				{
					appVersion: '0.1.0',
					contentVersion: '2026.11.1',
					profiles: [],
					answers: [makeAnswer({ note: 'a\u202Eb' })]
				},
				NOW
			)
		).toThrow();
	});
});

describe('backupSchema', () => {
	test('accepts the untouched JSON', () => {
		expect(backupSchema.safeParse(JSON.parse(backupJson())).success).toBe(true);
	});

	test('rejects an unknown top-level key', () => {
		const text = backupJson((data) => (data.password = 'hunter2'));
		const result = backupSchema.safeParse(JSON.parse(text));
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
	});

	test('rejects an unknown key inside an answer', () => {
		const text = backupJson((data) => {
			(data.answers as Record<string, unknown>[])[0]!.score = 10;
		});
		const result = backupSchema.safeParse(JSON.parse(text));
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['answers', 0]);
	});

	test.each([
		['another format', { format: 'other-app-backup' }],
		['a missing format', { format: undefined }],
		['a newer format version', { formatVersion: 2 }],
		['format version 0', { formatVersion: 0 }],
		['the format version as a string', { formatVersion: '1' }]
	])('rejects %s', (_label, change) => {
		const text = backupJson((data) => Object.assign(data, change));
		expect(backupSchema.safeParse(JSON.parse(text)).success).toBe(false);
	});

	test('rejects a "__proto__" key at the top level', () => {
		const text = backupJson().replace(/^\{/, '{"__proto__":{"isAdmin":true},');
		const parsed: unknown = JSON.parse(text);
		// JSON.parse makes "__proto__" an own key; it must be refused, not merged or dropped.
		expect(Object.keys(parsed as object)).toContain('__proto__');
		const result = backupSchema.safeParse(parsed);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({
			code: 'unrecognized_keys',
			keys: ['__proto__']
		});
		expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
	});

	test('rejects a "__proto__" key inside an answer', () => {
		const text = backupJson().replace('"answers":[{', '"answers":[{"__proto__":{"revision":9},');
		expect(text).toContain('"__proto__"');
		const result = backupSchema.safeParse(JSON.parse(text));
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['answers', 0]);
	});

	test('rejects text that is not a backup at all', () => {
		for (const value of [null, [], 'backup', 1, {}]) {
			expect(backupSchema.safeParse(value).success).toBe(false);
		}
	});
});

test('backupFileName uses the UTC date', () => {
	expect(backupFileName(NOW)).toBe('telework-check-backup-2026-11-24.json');
});

describe('backup format v1 fixture', () => {
	test('the published v1 example parses unchanged', async () => {
		const { readFileSync } = await import('node:fs');
		const text = readFileSync('tests/fixtures/formats/backup-v1.json', 'utf8');
		const parsed = backupSchema.parse(JSON.parse(text));
		expect(parsed).toEqual(JSON.parse(text));
	});
});
