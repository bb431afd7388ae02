import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { getSetting, setSetting } from '$lib/storage/settings';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';

useFreshIndexedDb();

test('a setting never set reads as undefined', async () => {
	expect(await getSetting('last-backup-at')).toBeUndefined();
});

test('a setting set is read back, structured values included', async () => {
	await setSetting('last-backup-at', '2026-11-24T09:30:00.000Z');
	await setSetting('roles', { employee: true, admin: false, owners: ['a', 'b'] });
	expect(await getSetting('last-backup-at')).toBe('2026-11-24T09:30:00.000Z');
	expect(await getSetting('roles')).toEqual({ employee: true, admin: false, owners: ['a', 'b'] });
});

test('setting a key again replaces its value', async () => {
	await setSetting('install-count', 1);
	await setSetting('install-count', 2);
	expect(await getSetting('install-count')).toBe(2);
});

test('falsy values are stored, not mistaken for "not set"', async () => {
	await setSetting('zero', 0);
	await setSetting('off', false);
	await setSetting('empty', '');
	await setSetting('nothing', null);
	expect(await getSetting('zero')).toBe(0);
	expect(await getSetting('off')).toBe(false);
	expect(await getSetting('empty')).toBe('');
	expect(await getSetting('nothing')).toBeNull();
});
