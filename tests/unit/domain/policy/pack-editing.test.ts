import { describe, expect, it } from 'vitest';
import { newPolicyPack } from '$lib/domain/formats/policy-pack';
import {
	bilingual,
	emptyHelpDesk,
	helpDeskFields,
	helpDeskFrom,
	recipientStatus,
	withRecipient
} from '$lib/domain/policy/pack-editing';
import { checkPack } from '$lib/domain/policy/pack-check';

const KEYS = [
	{ recipient: `age1${'q'.repeat(58)}`, addedAt: '2026-01-05T09:00:00.000Z' },
	{ recipient: `age1${'p'.repeat(58)}`, addedAt: '2026-06-01T09:00:00.000Z' }
];
const ELSEWHERE = `age1${'z'.repeat(58)}`;

const pack = newPolicyPack('org-1', { ja: '例', en: 'Example' }, '2026-11-24T00:00:00.000Z');

describe('editing a policy', () => {
	it('English falls back to Japanese; a desk round-trips through the form fields', () => {
		expect(bilingual(' 情シス ', '')).toEqual({ ja: '情シス', en: '情シス' });
		const desk = helpDeskFrom({
			...emptyHelpDesk(),
			nameJa: '情シス',
			phone: '03-0000-0000',
			hoursJa: '平日'
		});
		expect(desk).toEqual({
			name: { ja: '情シス', en: '情シス' },
			phone: '03-0000-0000',
			hours: { ja: '平日', en: '平日' }
		});
		expect(helpDeskFrom(helpDeskFields(desk))).toEqual(desk);
	});

	it('names every invalid field by its path, and accepts a valid pack', () => {
		const bad = {
			...pack,
			helpDesk: [helpDeskFrom({ ...emptyHelpDesk(), nameJa: 'x', url: 'http://x.example' })],
			minGroupSize: 1
		};
		const result = checkPack(bad);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.errors).toMatchObject({
				'helpDesk[0].url': { kind: 'https-url', path: ['helpDesk', 0, 'url'] },
				minGroupSize: { kind: 'number-range', params: { min: 2, max: 100 } }
			});
		expect(checkPack(pack)).toEqual({ ok: true, pack });
	});

	it("places the draft's public key among this device's keys: none, off, current, older, elsewhere", () => {
		expect(recipientStatus(undefined, [])).toEqual({ kind: 'no-key' });
		expect(recipientStatus(undefined, KEYS)).toEqual({ kind: 'off' });
		expect(recipientStatus(KEYS[1]!.recipient, KEYS)).toEqual({ kind: 'current' });
		expect(recipientStatus(KEYS[0]!.recipient, KEYS)).toEqual({
			kind: 'older',
			addedAt: KEYS[0]!.addedAt
		});
		expect(recipientStatus(ELSEWHERE, KEYS)).toEqual({ kind: 'elsewhere' });
		expect(recipientStatus(ELSEWHERE, [])).toEqual({ kind: 'elsewhere' });
	});

	it('sets the public key, or removes the field (never an empty string); the pack stays valid', () => {
		const encrypted = withRecipient(pack, KEYS[1]!.recipient);
		expect(encrypted.recipient).toBe(KEYS[1]!.recipient);
		expect(checkPack(encrypted).ok).toBe(true);
		const plain = withRecipient(encrypted, undefined);
		expect('recipient' in plain).toBe(false);
		expect(plain).toEqual(pack);
		expect(encrypted.recipient).toBe(KEYS[1]!.recipient); // the pack given is not changed
		expect(checkPack(withRecipient(pack, 'age1nope')).ok).toBe(false);
	});
});
