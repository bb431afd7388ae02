import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { newPolicyPack } from '$lib/domain/formats/policy-pack';
import type { PackRecord } from '$lib/domain/policy/pack-record';
import { getDb } from '$lib/storage/connection';
import { loadPacks, savePacks } from '$lib/storage/packs';
import { exportRawData } from '$lib/storage/raw-export';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';

useFreshIndexedDb();

const pack = newPolicyPack('example-corp', { ja: '例', en: 'Example' }, '2026-11-24T00:00:00.000Z');
const record = (slot: PackRecord['slot'], publishedVersion = 0): PackRecord => ({
	slot,
	pack,
	publishedVersion,
	savedAt: '2026-11-24T01:00:00.000Z'
});

test('saves the draft and the followed policy together and reads them back', async () => {
	await savePacks([record('draft', 1), record('active')]);
	expect(await loadPacks()).toEqual({ draft: record('draft', 1), active: record('active') });
});

test('refuses an invalid record before anything is written', async () => {
	const bad = { ...record('active'), pack: { ...pack, orgId: 'Not Kebab' } };
	await expect(savePacks([record('draft'), bad])).rejects.toThrow();
	expect(await loadPacks()).toEqual({});
});

test('a damaged stored record goes to quarantine, never to the page', async () => {
	await savePacks([record('active')]);
	const db = await getDb();
	await db.put('packs', { ...record('draft'), pack: { broken: true } } as never);
	expect(await loadPacks()).toEqual({ active: record('active') });
	const raw = await exportRawData();
	expect(raw.quarantine).toHaveLength(1);
	expect(raw.quarantine?.[0]).toMatchObject({ store: 'packs' });
});

test('a policy stored by the previous version (format 2) is read as format 3, nothing quarantined', async () => {
	const db = await getDb();
	const stored = { ...record('active'), pack: { ...pack, formatVersion: 2 } };
	await db.put('packs', stored as never);
	expect(await loadPacks()).toEqual({ active: record('active') });
	expect((await exportRawData()).quarantine ?? []).toHaveLength(0);
});

test('a policy stored with an own item on one of our ids is kept, that item under an org- id', async () => {
	const db = await getDb();
	const fixture = JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v3.json', 'utf8'));
	const own = { ...fixture.extraItems[0], id: 'os-auto-update' };
	await db.put('packs', { ...record('active'), pack: { ...pack, extraItems: [own] } } as never);
	expect((await loadPacks()).active?.pack.extraItems).toEqual([
		{ ...own, id: 'org-os-auto-update' }
	]);
	expect((await exportRawData()).quarantine ?? []).toHaveLength(0);
});
