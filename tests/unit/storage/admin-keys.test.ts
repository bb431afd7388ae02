import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { addKeyFile, makeAdminKey } from '$lib/app/admin-keys';
import { readIdentityFile } from '$lib/domain/formats/age-file';
import { ADMIN_KEYS_MAX, withKeys } from '$lib/domain/policy/admin-keys';
import { keyFileText } from '$lib/domain/policy/key-file';
import { loadAdminKeys } from '$lib/storage/admin-keys';
import { setSetting } from '$lib/storage/settings';
import { ageKey } from '../../helpers/age-keys';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';

useFreshIndexedDb();

const NOW = new Date('2026-12-07T10:00:00.000Z');
const admin = ageKey('admin-key.txt');
const old = ageKey('old-admin-key.txt');
const fileOf = (path: string) => readFileSync(path, 'utf8');

describe("the admin's keys", () => {
	test('a key file from age-keygen is stored with its public key; the same file again adds nothing', async () => {
		expect(await addKeyFile(fileOf(admin.path), NOW)).toEqual({ ok: true, added: 1 });
		expect(await addKeyFile(fileOf(admin.path), NOW)).toEqual({ ok: true, added: 0 });
		expect(await loadAdminKeys()).toEqual([
			{ identity: admin.identity, recipient: admin.recipient, addedAt: NOW.toISOString() }
		]);
	});

	test('a later key comes after the earlier ones: it is the current one, the old ones stay', async () => {
		await addKeyFile(fileOf(old.path), NOW);
		await addKeyFile(fileOf(admin.path), NOW);
		expect((await loadAdminKeys()).map((key) => key.recipient)).toEqual([
			old.recipient,
			admin.recipient
		]);
	});

	test('a file with a line that is not a key stores nothing and names the line', async () => {
		const text = `${fileOf(admin.path)}AGE-SECRET-KEY-1NOTAKEY\n`;
		const line = text.split('\n').length - 1;
		expect(await addKeyFile(text, NOW)).toEqual({ ok: false, problem: 'not-identity', line });
		expect(await addKeyFile('# only a comment\n', NOW)).toEqual({
			ok: false,
			problem: 'no-identity'
		});
		expect(await addKeyFile('#'.repeat(20_000), NOW)).toEqual({ ok: false, problem: 'too-large' });
		expect(await loadAdminKeys()).toEqual([]);
	});

	test('a key made here is stored, and its file reads back as the same key', async () => {
		const made = await makeAdminKey(NOW);
		expect(made?.recipient).toMatch(/^age1/);
		expect(await loadAdminKeys()).toEqual([made]);
		expect(await readIdentityFile(keyFileText(made!))).toEqual({
			ok: true,
			keys: [{ identity: made!.identity, recipient: made!.recipient }]
		});
	});

	test('stored keys that no longer read as keys are an error, never an empty list', async () => {
		await setSetting('admin-keys', [{ identity: 'damaged' }]);
		await expect(loadAdminKeys()).rejects.toThrow(/cannot be read/);
	});

	test('a device keeps at most so many keys; a key it has is kept once', () => {
		const key = (n: number) => ({
			identity: `AGE-SECRET-KEY-1${String(n).padStart(58, 'Q')}`,
			recipient: `age1${String(n).padStart(58, 'q')}`,
			addedAt: NOW.toISOString()
		});
		const full = Array.from({ length: ADMIN_KEYS_MAX }, (_, n) => key(n));
		expect(withKeys(full, [key(0)])).toEqual(full);
		expect(withKeys(full, [key(ADMIN_KEYS_MAX)])).toBeUndefined();
		expect(withKeys([key(1)], [key(2), key(2)])).toEqual([key(1), key(2)]);
	});
});
