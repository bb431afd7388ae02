import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyPackSchema } from '$lib/domain/formats/policy-pack';
import {
	POLICY_PACK_MAX_BYTES,
	checkPolicyPackSize,
	readPolicyPack
} from '$lib/domain/formats/read-policy-pack';
import { fileErrorText } from '$lib/i18n/problem-text';

const FIXTURES = 'tests/fixtures/formats';
const text = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8');
const encode = (s: string) => new TextEncoder().encode(s);
const v2 = () => JSON.parse(text('policy-pack-v2.json'));
const v3 = () => JSON.parse(text('policy-pack-v3.json'));
const v4 = () => JSON.parse(text('policy-pack-v4.json'));
const v5 = () => JSON.parse(text('policy-pack-v5.json'));

function errorOf(data: unknown, name = 'pack.json') {
	const result = readPolicyPack(encode(JSON.stringify(data)), name);
	if (result.ok) throw new Error('expected a refusal');
	return result.error;
}

describe('reading a policy pack', () => {
	it("reads the published v5 example unchanged, the admin's public key included", () => {
		const result = readPolicyPack(encode(text('policy-pack-v5.json')), 'pack.json');
		expect(result).toEqual({ ok: true, value: v5() });
		expect(policyPackSchema.parse(v5())).toEqual(v5());
	});

	it('upgrades a v4 pack: every field kept, no public key, only the format version moves', () => {
		const result = readPolicyPack(encode(text('policy-pack-v4.json')), 'v4.json');
		expect(result).toEqual({ ok: true, value: { ...v4(), formatVersion: 5 } });
	});

	it('upgrades a v3 pack: every field kept, no rules, only the format version moves', () => {
		const result = readPolicyPack(encode(text('policy-pack-v3.json')), 'v3.json');
		expect(result).toEqual({ ok: true, value: { ...v3(), formatVersion: 5 } });
	});

	it('refuses a public key that is not an age X25519 recipient, naming the field', () => {
		const recipient = v5().recipient as string;
		const wrong = [
			recipient.toUpperCase(),
			recipient.slice(0, -1),
			`${recipient}q`,
			recipient.replace('age1', 'age2'),
			'AGE-SECRET-KEY-13RUDEP3R64NHRUH8EC0A75GDYT2G2K6FK2GGJAPWTC5NLU6MEQJS0EFRCM',
			'age1pq1' + recipient.slice(7),
			''
		];
		for (const key of wrong) {
			expect(errorOf({ ...v5(), recipient: key }), key).toMatchObject({
				field: 'recipient',
				problem: { kind: 'age-recipient' }
			});
		}
	});

	it('refuses rules newer than the pack, or empty, naming the field', () => {
		const ahead = { ...v4(), rules: { ...v4().rules, version: 5 } };
		expect(errorOf(ahead)).toMatchObject({
			field: 'rules.version',
			problem: { kind: 'rules-version' }
		});
		const blank = { ...v4(), rules: { ...v4().rules, text: { ja: ' ', en: 'x' } } };
		expect(errorOf(blank)).toMatchObject({ field: 'rules.text.ja', problem: { kind: 'fill' } });
		expect(errorOf({ ...v4(), attestationDate: '2027-02-30' })).toMatchObject({
			field: 'attestationDate',
			problem: { kind: 'date' }
		});
	});

	it('upgrades a v2 pack: every field and verdict kept, only the format version moves', () => {
		const result = readPolicyPack(encode(text('policy-pack-v2.json')), 'v2.json');
		expect(result).toEqual({ ok: true, value: { ...v2(), formatVersion: 5 } });
	});

	it('refuses "needs-checking" in a v2 pack, and a v3 verdict without its open points', () => {
		const apps = v2().meetingApps;
		const early = { ...apps[0], verdict: 'needs-checking' };
		expect(errorOf({ ...v2(), meetingApps: [early] })).toMatchObject({ code: 'invalid' });
		const bare = { ...v3().meetingApps[1] };
		delete bare.openPoints;
		expect(errorOf({ ...v3(), meetingApps: [bare] }).field).toBe('meetingApps[0].openPoints');
		const stray = { ...apps[0], openPoints: ['e2ee'] };
		expect(errorOf({ ...v3(), meetingApps: [stray] }).field).toBe('meetingApps[0].openPoints');
	});

	it('upgrades a v1 pack, keeping every v1 field and taking the defaults for the new ones', () => {
		const v1 = JSON.parse(text('policy-pack-v1.json'));
		const result = readPolicyPack(encode(text('policy-pack-v1.json')), 'old.json');
		if (!result.ok) throw new Error(fileErrorText('en', result.error));
		expect(result.value).toMatchObject({ ...v1, formatVersion: 5 });
		expect(result.value).toMatchObject({
			packVersion: 1,
			meetingApps: [],
			recheckDays: 90,
			minGroupSize: 5,
			summaryFields: { name: 'optional', department: 'optional' }
		});
	});

	it('refuses a newer format with a plea to update, and unknown keys at any level', () => {
		expect(errorOf({ ...v5(), formatVersion: 6 })).toMatchObject({
			code: 'newer-version',
			problem: { kind: 'newer-version', params: { version: 6 } }
		});
		const app = { ...v2().meetingApps[0], extra: true };
		expect(errorOf({ ...v2(), meetingApps: [app] })).toMatchObject({
			code: 'invalid',
			field: 'meetingApps[0]',
			problem: { kind: 'unknown-field', params: { name: 'extra' } }
		});
		expect(
			errorOf({ ...v2(), summaryFields: { name: 'always', department: 'optional' } }).field
		).toBe('summaryFields.name');
	});

	it('refuses the same app twice, a group size under 2 and a forbidden key', () => {
		const apps = v2().meetingApps;
		expect(errorOf({ ...v2(), meetingApps: [apps[0], apps[0]] }).field).toBe('meetingApps[1]');
		expect(errorOf({ ...v2(), minGroupSize: 1 }).field).toBe('minGroupSize');
		const hostile = text('policy-pack-v2.json').replace(
			'"orgId"',
			'"__proto__": {"x": 1}, "orgId"'
		);
		const result = readPolicyPack(encode(hostile), 'evil.json');
		expect(result.ok || result.error.code).toBe('forbidden-key');
	});

	it("refuses an own item that takes an id of the app's items, naming the file and the item", () => {
		const [own] = v3().extraItems;
		const shadow = errorOf({ ...v3(), extraItems: [{ ...own, id: 'os-auto-update' }] }, 'x.json');
		expect(shadow).toMatchObject({
			code: 'invalid',
			field: 'extraItems[0].id',
			problem: { kind: 'org-item-id' }
		});
		expect(fileErrorText('en', shadow)).toBe(
			'x.json › Own item 1, item id: use an id that starts with "org-", then lower-case letters, digits and single hyphens (an own item cannot take the id of one of the app\'s items)'
		);
		expect(fileErrorText('ja', shadow)).toBe(
			'ファイル「x.json」の独自の項目 1 件目の項目のID: 「org-」で始まり、半角の小文字・数字とハイフン（-）だけのIDにしてください（組織独自の項目は、アプリの項目と同じIDを使えません）'
		);
		// A version 1 file too: every version is read into the current rules.
		const v1 = JSON.parse(text('policy-pack-v1.json'));
		const oldItem = { ...v1.extraItems[0], id: 'vpn-client' };
		expect(errorOf({ ...v1, extraItems: [oldItem] }).field).toBe('extraItems[0].id');
	});

	it('refuses the same own item id twice', () => {
		const [own] = v3().extraItems;
		expect(errorOf({ ...v3(), extraItems: [own, { ...own }] })).toMatchObject({
			field: 'extraItems[1]',
			problem: { kind: 'unique-value', params: { value: 'org-example-trading-vpn-client' } }
		});
	});

	it('refuses an oversized file by its declared size before reading it', () => {
		expect(checkPolicyPackSize(POLICY_PACK_MAX_BYTES + 1, 'big.json')).toMatchObject({
			ok: false,
			error: { code: 'too-big', fileName: 'big.json' }
		});
		expect(checkPolicyPackSize(100, 'small.json')).toBeUndefined();
	});

	it('names the file and the field in the message', () => {
		const error = errorOf({ ...v2(), orgId: 'Not Kebab' }, 'policy.json');
		expect(fileErrorText('en', error)).toBe(
			'policy.json › Organisation id: use an id of lower-case letters, digits and single hyphens'
		);
		expect(fileErrorText('ja', error)).toBe(
			'ファイル「policy.json」の組織のID: 半角の小文字・数字とハイフン（-）だけのIDにしてください'
		);
	});
});
