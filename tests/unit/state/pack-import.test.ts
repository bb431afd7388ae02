import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { fingerprint } from '$lib/domain/formats/canonical';
import { encodeForLink } from '$lib/domain/formats/link-codec';
import { loadPacks } from '$lib/storage/packs';
import { orgPolicy } from '$lib/state/org-policy.svelte';
import { PackImport } from '$lib/state/pack-import.svelte';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';

useFreshIndexedDb();
beforeEach(() => orgPolicy.reload());

const PACK = JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v5.json', 'utf8'));

function file(name: string, data: unknown) {
	const bytes = new TextEncoder().encode(typeof data === 'string' ? data : JSON.stringify(data));
	return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.buffer };
}

describe('loading an organisation policy', () => {
	test('a file is previewed, stored only after the confirmation, and followed from then on', async () => {
		const state = new PackImport();
		await state.choose(file('pack.json', PACK));
		expect(state.phase).toBe('preview');
		expect(state.replacement).toEqual({ kind: 'new' });
		expect(await loadPacks()).toEqual({});
		await state.confirm();
		expect(state.phase).toBe('done');
		expect(orgPolicy.active).toEqual(PACK);
		expect((await loadPacks()).active?.pack).toEqual(PACK);
	});

	test('a newer version replaces; an older one is refused and nothing changes', async () => {
		await orgPolicy.follow(PACK);
		const state = new PackImport();
		await state.choose(file('newer.json', { ...PACK, packVersion: 5 }));
		expect(state.replacement).toEqual({ kind: 'newer', from: 4, to: 5 });
		state.cancel();
		await state.choose(file('older.json', { ...PACK, packVersion: 1, rules: undefined }));
		expect(state.phase).toBe('failed');
		expect(state.error?.code).toBe('older');
		expect(state.error?.detail('en')).toBe(
			'older.json: an older version (1) than the one this device follows (4); ask for the newer one'
		);
		expect(state.error?.detail('ja')).toBe(
			'ファイル「older.json」: この端末が従っている版（4）より古い版（1）です。新しい版を受け取ってください'
		);
		expect((await loadPacks()).active?.pack.packVersion).toBe(4);
	});

	test('the same version with other content is refused as a conflict, naming both check codes', async () => {
		await orgPolicy.follow(PACK);
		const state = new PackImport();
		await state.choose(file('pack.json', PACK));
		expect(state.replacement).toEqual({ kind: 'same' });
		state.cancel();
		const desk = { ...PACK.helpDesk[0], phone: '+81 3-9999-9999' };
		const changed = { ...PACK, helpDesk: [desk] };
		await state.choose(file('changed.json', changed));
		expect(state.phase).toBe('failed');
		expect(state.error?.code).toBe('conflict');
		const [here, there] = [await fingerprint(PACK), await fingerprint(changed)];
		expect(state.error?.detail('en')).toBe(
			`changed.json: it says it is version 4, the version this device follows, but its content differs (check code of this one: ${there}; of the one this device follows: ${here})`
		);
		expect(state.error?.detail('ja')).toBe(
			`ファイル「changed.json」: この端末が従っている第4版と同じ版ですが、中身が違います（確認用の番号: 読み込んだもの ${there}、この端末のもの ${here}）`
		);
		await state.confirm();
		expect((await loadPacks()).active?.pack).toEqual(PACK);
	});

	test('a link carries the same policy; a damaged link is refused', async () => {
		const state = new PackImport();
		await state.chooseLink(await encodeForLink(PACK));
		expect(state.phase).toBe('preview');
		expect(state.pack).toEqual(PACK);
		await state.chooseLink('not*base64');
		expect(state.phase).toBe('failed');
		expect(state.error?.code).toBe('unreadable');
	});

	test('publishing the draft bumps the version and makes this device follow it', async () => {
		const decision = PACK.meetingApps[0];
		await orgPolicy.decideApp(decision, { ja: '例', en: 'Example' });
		const first = await orgPolicy.publish();
		const second = await orgPolicy.publish();
		expect([first.packVersion, second.packVersion]).toEqual([1, 2]);
		expect(orgPolicy.active).toEqual(second);
		expect(orgPolicy.draft?.publishedVersion).toBe(2);
		expect(second.meetingApps).toEqual([decision]);
	});
});
