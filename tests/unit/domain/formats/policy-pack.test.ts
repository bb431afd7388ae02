import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orgItemIdSchema, policyPackV1Schema } from '$lib/domain/formats/policy-pack';

const fixture = () =>
	JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v1.json', 'utf8'));

describe('policy pack format v1 (still read, upgraded)', () => {
	it('the published example parses unchanged', () => {
		expect(policyPackV1Schema.parse(fixture())).toEqual(fixture());
	});

	it('rejects unknown keys, unknown overrides and other formats', () => {
		expect(policyPackV1Schema.safeParse({ ...fixture(), extra: 1 }).success).toBe(false);
		const badOverride = { ...fixture(), overrides: { 'screen-lock': 'maybe' } };
		expect(policyPackV1Schema.safeParse(badOverride).error?.issues[0]?.path).toEqual([
			'overrides',
			'screen-lock'
		]);
		expect(policyPackV1Schema.safeParse({ ...fixture(), formatVersion: 2 }).success).toBe(false);
		expect(
			policyPackV1Schema.safeParse({ ...fixture(), format: 'telework-check-backup' }).success
		).toBe(false);
	});

	it('accepts only https help-desk pages and plain phone numbers', () => {
		const desk = fixture().helpDesk[0];
		const withDesk = (over: object) => ({ ...fixture(), helpDesk: [{ ...desk, ...over }] });
		expect(policyPackV1Schema.safeParse(withDesk({ url: 'javascript:alert(1)' })).success).toBe(
			false
		);
		expect(policyPackV1Schema.safeParse(withDesk({ phone: 'call me' })).success).toBe(false);
		expect(
			policyPackV1Schema.safeParse(withDesk({ url: 'https://help.example.com' })).success
		).toBe(true);
	});
});

describe("an organisation's own item id", () => {
	it('is "org-" and kebab-case, at most 64 characters', () => {
		const accepts = (id: string) => orgItemIdSchema.safeParse(id).success;
		for (const id of ['org-a1b2c3d4e5', 'org-example-trading-vpn-client', 'org-1']) {
			expect(accepts(id), id).toBe(true);
		}
		expect(accepts(`org-${'a'.repeat(60)}`)).toBe(true);
		expect(accepts(`org-${'a'.repeat(61)}`)).toBe(false);
		for (const id of ['os-auto-update', 'org', 'org-', 'ORG-x', 'org--x', 'org-x-', 'org-x_y']) {
			expect(accepts(id), id).toBe(false);
		}
	});
});
