import { describe, expect, it } from 'vitest';
import { keyFileText, keyGroups } from '$lib/domain/policy/key-file';
import { ageKey } from '../../../helpers/age-keys';

const ADMIN = ageKey('admin-key.txt');

describe('the key on paper', () => {
	it('groups the secret key by five after its prefix; joined, the groups are the key again', () => {
		const groups = keyGroups(ADMIN.identity);
		expect(groups[0]).toBe('AGE-SECRET-KEY-1');
		expect(groups.slice(1, -1).every((group) => group.length === 5)).toBe(true);
		expect(groups.at(-1)!.length).toBe(3); // 58 characters after the prefix
		expect(groups).toHaveLength(13);
		expect(groups.join('')).toBe(ADMIN.identity);
	});

	it('writes the key file age-keygen would', () => {
		const key = { ...ADMIN, addedAt: '2026-12-07T21:06:05.000Z' };
		expect(keyFileText(key)).toBe(
			`# created: 2026-12-07T21:06:05.000Z\n# public key: ${ADMIN.recipient}\n${ADMIN.identity}\n`
		);
	});
});
