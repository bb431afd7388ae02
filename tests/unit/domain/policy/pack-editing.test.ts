import { describe, expect, it } from 'vitest';
import { newPolicyPack } from '$lib/domain/formats/policy-pack';
import {
	bilingual,
	emptyHelpDesk,
	helpDeskFields,
	helpDeskFrom
} from '$lib/domain/policy/pack-editing';
import { checkPack } from '$lib/domain/policy/pack-check';

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
});
