import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readSummary } from '$lib/domain/formats/import-summaries';
import { decodeFromLink } from '$lib/domain/formats/link-codec';
import { LINK_NAME } from '$lib/domain/formats/read-versioned';
import { readPolicyPack } from '$lib/domain/formats/read-policy-pack';
import { sealSummary, summaryPayload, type PostureSummary } from '$lib/domain/formats/summary';
import { fileErrorText } from '$lib/i18n/problem-text';
import { rawLink } from '../../../helpers/raw-link';

// JSON.parse keeps the last of two equal keys without a word: each format must refuse the file,
// whether it comes as a file or in a link, rather than take the second value.

const text = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');
const encode = (s: string) => new TextEncoder().encode(s);

async function linkBytes(json: string, maxBytes: number): Promise<Uint8Array> {
	const decoded = await decodeFromLink(await rawLink(json), maxBytes);
	if (!decoded.ok) throw new Error(decoded.error);
	return decoded.bytes;
}

/** A summary sealed for Mallory, with "Alice" written first: the digest matches the last name. */
async function aliceThenMallory(): Promise<string> {
	const summary: PostureSummary = JSON.parse(text('summary-v1.json'));
	const sealed = await sealSummary(
		summaryPayload({ ...summary, respondent: { ...summary.respondent, name: 'Mallory' } })
	);
	const json = JSON.stringify(sealed);
	expect(json).toContain('"name":"Mallory"');
	return json.replace('"name":"Mallory"', '"name":"Alice","name":"Mallory"');
}

describe('a summary that names its respondent twice', () => {
	test('is refused as a file, naming the file and the field', async () => {
		const result = await readSummary(encode(await aliceThenMallory()), 'alice.json');
		if (result.ok) throw new Error(`accepted as ${result.value.respondent.name}`);
		expect(result.error).toMatchObject({ code: 'duplicate-key', field: 'respondent.name' });
		expect(fileErrorText('en', result.error)).toBe(
			'alice.json › Name: the field "name" appears twice, so it is not clear which one counts; the file is refused'
		);
		expect(fileErrorText('ja', result.error)).toBe(
			'ファイル「alice.json」の名前: 「name」という欄が2回書かれています。どちらを使うか決められないため、受け付けません'
		);
	});

	test('is refused from a link (and so from its QR code, which holds the link)', async () => {
		const bytes = await linkBytes(await aliceThenMallory(), 256 * 1024);
		const result = await readSummary(bytes, LINK_NAME);
		expect(result.ok || result.error.code).toBe('duplicate-key');
	});
});

describe('a policy pack that gives its organisation id twice', () => {
	const twice = () => {
		const json = text('policy-pack-v3.json');
		expect(json).toContain('"orgId": "example-trading",');
		return json.replace(
			'"orgId": "example-trading",',
			'"orgId": "example-trading", "orgId": "mallory-inc",'
		);
	};

	test('is refused as a file', () => {
		const result = readPolicyPack(encode(twice()), 'pack.json');
		if (result.ok) throw new Error(`accepted for ${result.value.orgId}`);
		expect(result.error).toMatchObject({ code: 'duplicate-key', field: 'orgId' });
		expect(fileErrorText('en', result.error)).toMatch(/^pack\.json › .+: the field "orgId"/);
	});

	test('is refused from a /org#pack= link', async () => {
		const result = readPolicyPack(await linkBytes(twice(), 1024 * 1024), LINK_NAME);
		expect(result.ok || result.error.code).toBe('duplicate-key');
	});
});
