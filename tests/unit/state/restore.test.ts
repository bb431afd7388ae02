import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import type { Backup } from '$lib/domain/formats/backup';
import { BACKUP_MAX_BYTES } from '$lib/domain/formats/import-backup';
import { safariMayDeleteData } from '$lib/pwa/safari-storage';
import { RestoreState, type BackupFile } from '$lib/state/restore.svelte';

const VALID = readFileSync('tests/fixtures/formats/backup-v1.json');

function file(
	name: string,
	bytes: Uint8Array,
	size = bytes.byteLength
): BackupFile & {
	reads: number;
} {
	const f = {
		name,
		size,
		reads: 0,
		arrayBuffer: async () => {
			f.reads++;
			return new Uint8Array(bytes).buffer; // a copy: a Buffer shares a larger pool
		}
	};
	return f as BackupFile & { reads: number };
}

function setUp(restore: (backup: Backup) => Promise<void> = async () => {}) {
	const restoreSpy = vi.fn(restore);
	const after = vi.fn(async () => {});
	return { state: new RestoreState(restoreSpy, after), restoreSpy, after };
}

describe('RestoreState', () => {
	test('a valid file shows a preview; nothing is written until confirmed', async () => {
		const { state, restoreSpy, after } = setUp();
		await state.choose(file('telework-check-backup-2026-11-24.json', VALID));
		expect(state.phase).toBe('preview');
		expect(state.preview).toEqual({
			fileName: 'telework-check-backup-2026-11-24.json',
			profiles: 1,
			answers: 2,
			notes: 1,
			createdAt: '2026-11-24T09:30:00.000Z',
			appVersion: '0.1.0+ee57fb4f23'
		});
		expect(restoreSpy).not.toHaveBeenCalled();

		await state.confirm();
		expect(restoreSpy).toHaveBeenCalledOnce();
		expect(restoreSpy.mock.calls[0]?.[0]).toEqual(JSON.parse(VALID.toString('utf8')));
		expect(state.phase).toBe('restored');
		expect(after).toHaveBeenCalledOnce();
	});

	test('cancel forgets the file and writes nothing', async () => {
		const { state, restoreSpy } = setUp();
		await state.choose(file('b.json', VALID));
		state.cancel();
		expect(state.phase).toBe('idle');
		expect(state.preview).toBeUndefined();
		await state.confirm();
		expect(restoreSpy).not.toHaveBeenCalled();
	});

	test('a hostile file is an error naming the file and field; nothing is written', async () => {
		const { state, restoreSpy } = setUp();
		const hostile = readFileSync('tests/fixtures/formats/backup-invalid/proto-at-depth.json');
		await state.choose(file('proto-at-depth.json', hostile));
		expect(state.phase).toBe('failed');
		expect(state.error?.code).toBe('forbidden-key');
		expect(state.error?.detail('en')).toBe(
			'proto-at-depth.json › Answer 2: a field named "__proto__" is refused for safety'
		);
		expect(state.error?.detail('ja')).toBe(
			'ファイル「proto-at-depth.json」の回答 2 件目: 「__proto__」という名前の欄は、安全のため受け付けません'
		);
		await state.confirm();
		expect(restoreSpy).not.toHaveBeenCalled();
	});

	test('a file declared larger than 5 MB is refused without reading it', async () => {
		const { state } = setUp();
		const big = file('big.json', VALID, BACKUP_MAX_BYTES + 1);
		await state.choose(big);
		expect(state.error?.code).toBe('too-big');
		expect(big.reads).toBe(0);
	});

	test('a file that cannot be read is an error', async () => {
		const { state } = setUp();
		await state.choose({
			name: 'gone.json',
			size: 10,
			arrayBuffer: () => Promise.reject(new Error('NotFoundError'))
		});
		expect(state.error?.code).toBe('unreadable');
		expect(state.error?.detail('en')).toMatch(/^gone\.json: could not be read; check that /);
	});

	test('a failed write is an error and leaves the state ready for another try', async () => {
		const { state, after } = setUp(() => Promise.reject(new Error('quota exceeded')));
		vi.spyOn(console, 'error').mockImplementation(() => {});
		await state.choose(file('b.json', VALID));
		await state.confirm();
		expect(state.phase).toBe('failed');
		expect(state.error?.code).toBe('write-failed');
		expect(state.error?.detail('en')).toBe('b.json: quota exceeded');
		expect(after).not.toHaveBeenCalled();
		await state.choose(file('b.json', VALID));
		expect(state.phase).toBe('preview');
	});

	test('choosing no file goes back to the start', async () => {
		const { state } = setUp();
		await state.choose(file('b.json', VALID));
		await state.choose(undefined);
		expect(state.phase).toBe('idle');
		expect(state.preview).toBeUndefined();
	});

	test('a slow first file does not overwrite the result of a later one', async () => {
		const { state } = setUp();
		let release: (bytes: ArrayBuffer) => void = () => {};
		const slow: BackupFile = {
			name: 'slow.json',
			size: 10,
			arrayBuffer: () => new Promise((resolve) => (release = resolve))
		};
		const first = state.choose(slow);
		await state.choose(file('fast.json', VALID));
		release(new TextEncoder().encode('not json').buffer);
		await first;
		expect(state.phase).toBe('preview');
		expect(state.preview?.fileName).toBe('fast.json');
	});
});

describe('safariMayDeleteData', () => {
	const UA = {
		iphone:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
		macSafari:
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
		macChrome:
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
		edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0',
		androidChrome:
			'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
		firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0',
		iosChrome:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/140.0.0.0 Mobile/15E148 Safari/604.1'
	};

	test.each([
		['iPhone Safari', UA.iphone, 5, true],
		['iPad Safari (desktop-class UA)', UA.macSafari, 5, true],
		['Mac Safari', UA.macSafari, 0, true],
		['Mac Chrome', UA.macChrome, 0, false],
		['Edge', UA.edge, 0, false],
		['Android Chrome', UA.androidChrome, 5, false],
		['Firefox', UA.firefox, 0, false],
		['Chrome on iPhone', UA.iosChrome, 5, false]
	])('%s: %s', (_label, ua, touchPoints, expected) => {
		expect(safariMayDeleteData(ua, touchPoints)).toBe(expected);
	});
});
