import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PackImport } from '$lib/state/pack-import.svelte';
import { useFreshIndexedDb } from '../../helpers/fresh-indexeddb';
import { rawLink } from '../../helpers/raw-link';

useFreshIndexedDb();

test('a /org#pack= link whose policy gives its organisation id twice is refused', async () => {
	const json = readFileSync('tests/fixtures/formats/policy-pack-v3.json', 'utf8').replace(
		'"orgId": "example-trading",',
		'"orgId": "example-trading", "orgId": "mallory-inc",'
	);
	const state = new PackImport();
	await state.chooseLink(await rawLink(json));
	expect(state.phase).toBe('failed');
	expect(state.error?.code).toBe('duplicate-key');
	expect(state.error?.detail('en')).toMatch(/^the link › .+: the field "orgId" appears twice/);
});
