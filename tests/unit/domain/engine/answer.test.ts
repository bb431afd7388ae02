import { describe, expect, test } from 'vitest';
import {
	answerSchema,
	DEFAULT_PROFILE_ID,
	nextAnswer,
	profileIdSchema,
	profileSchema,
	type Answer
} from '$lib/domain/engine/answer';
import { makeAnswer, makeProfile, NOW } from '../../../helpers/records';

const LATER = new Date('2026-11-25T10:00:00.000Z');

describe('nextAnswer', () => {
	test('a first answer starts at revision 1, stamped with the time and content version', () => {
		const answer = nextAnswer(
			undefined,
			{ profileId: DEFAULT_PROFILE_ID, itemId: 'screen-lock', status: 'done' },
			'2026.11.1',
			NOW
		);
		expect(answer).toEqual({
			profileId: 'default',
			itemId: 'screen-lock',
			status: 'done',
			contentVersion: '2026.11.1',
			updatedAt: '2026-11-24T09:30:00.000Z',
			revision: 1
		});
	});

	test('every change increments the revision and takes the new time and content version', () => {
		const first = makeAnswer({ revision: 4, contentVersion: '2026.10.1' });
		const next = nextAnswer(first, { ...first, status: 'not-yet' }, '2026.11.2', LATER);
		expect(next).toMatchObject({
			status: 'not-yet',
			revision: 5,
			contentVersion: '2026.11.2',
			updatedAt: LATER.toISOString()
		});
	});

	test('revisions keep going up over several saves', () => {
		let answer = nextAnswer(
			undefined,
			{ profileId: 'default', itemId: 'screen-lock', status: 'unknown' },
			'2026.11.1',
			NOW
		);
		for (const status of ['not-yet', 'done', 'not-applicable'] as const) {
			answer = nextAnswer(answer, { ...answer, status }, '2026.11.1', NOW);
		}
		expect(answer.revision).toBe(4);
		expect(answer.status).toBe('not-applicable');
	});

	test('keeps the note when the change does not mention it', () => {
		const previous = makeAnswer({ note: 'Checked with IT on Monday.' });
		const next = nextAnswer(
			previous,
			{ profileId: 'default', itemId: 'screen-lock', status: 'not-yet' },
			'2026.11.1',
			LATER
		);
		expect(next.note).toBe('Checked with IT on Monday.');
	});

	test('replaces the note when the change gives one', () => {
		const previous = makeAnswer({ note: 'Old note' });
		const next = nextAnswer(
			previous,
			{ profileId: 'default', itemId: 'screen-lock', status: 'done', note: '新しいメモ' },
			'2026.11.1',
			LATER
		);
		expect(next.note).toBe('新しいメモ');
	});

	test('a waiver needs both a reason and an expiry date', () => {
		const base = { profileId: 'default', itemId: 'screen-lock', status: 'waiver' } as const;
		expect(() => nextAnswer(undefined, base, '2026.11.1', NOW)).toThrow(/waiver needs a reason/);
		expect(() =>
			nextAnswer(undefined, { ...base, reason: 'Old OS until March' }, '2026.11.1', NOW)
		).toThrow(/waiver needs a reason and an expiry date/);
		expect(() =>
			nextAnswer(undefined, { ...base, waiverUntil: '2027-03-31' }, '2026.11.1', NOW)
		).toThrow(/waiver needs a reason and an expiry date/);
		const waiver = nextAnswer(
			undefined,
			{ ...base, reason: 'Old OS until March', waiverUntil: '2027-03-31' },
			'2026.11.1',
			NOW
		);
		expect(waiver).toMatchObject({ reason: 'Old OS until March', waiverUntil: '2027-03-31' });
	});

	test('a waiver expiry must be a real calendar date', () => {
		const waiver = {
			profileId: 'default',
			itemId: 'screen-lock',
			status: 'waiver',
			reason: 'Old OS until March'
		} as const;
		for (const waiverUntil of [
			'2027-02-30',
			'2027-02-29',
			'2027-13-01',
			'2027-3-31',
			'31/03/2027'
		]) {
			expect(
				() => nextAnswer(undefined, { ...waiver, waiverUntil }, '2026.11.1', NOW),
				waiverUntil
			).toThrow();
		}
		// 2028 is a leap year.
		expect(
			nextAnswer(undefined, { ...waiver, waiverUntil: '2028-02-29' }, '2026.11.1', NOW).waiverUntil
		).toBe('2028-02-29');
	});

	test('rejects an invalid change instead of returning it', () => {
		const change = { profileId: 'default', itemId: 'Screen Lock', status: 'done' } as const;
		expect(() => nextAnswer(undefined, change, '2026.11.1', NOW)).toThrow();
	});
});

describe('answerSchema notes', () => {
	test.each([
		['a NUL character', 'before\u0000after'],
		['a bell character', 'ring\u0007'],
		['an escape sequence', 'red \u001b[31m text'],
		['DEL', 'x\u007fy'],
		['a C1 control character', 'x\u0085y'],
		['a right-to-left override', 'invoice\u202Efdp.exe'],
		['a left-to-right embedding', 'a\u202Ab'],
		['a right-to-left isolate', 'a\u2067b'],
		['a pop directional isolate', 'a\u2069b']
	])('rejects %s', (_label, note) => {
		const result = answerSchema.safeParse(makeAnswer({ note }));
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['note']);
		expect(result.error?.issues[0]?.message).toMatch(/control or bidi-override/);
	});

	test('accepts tabs, line breaks and Japanese text', () => {
		const note = '1. ルーターを確認\n2.\tパスワード変更済み';
		expect(answerSchema.parse(makeAnswer({ note })).note).toBe(note);
	});

	test('trims the note and rejects one that is only white space', () => {
		expect(answerSchema.parse(makeAnswer({ note: '  done on Monday \n' })).note).toBe(
			'done on Monday'
		);
		expect(answerSchema.safeParse(makeAnswer({ note: ' \n\t ' })).success).toBe(false);
	});

	test('limits the note to 2000 characters', () => {
		expect(answerSchema.safeParse(makeAnswer({ note: 'あ'.repeat(2000) })).success).toBe(true);
		expect(answerSchema.safeParse(makeAnswer({ note: 'あ'.repeat(2001) })).success).toBe(false);
	});

	test('a waiver reason gets the same checks as a note', () => {
		const answer = makeAnswer({ status: 'waiver', waiverUntil: '2027-03-31', reason: 'a\u202Eb' });
		const result = answerSchema.safeParse(answer);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.path)).toEqual([['reason']]);
	});
});

describe('answerSchema', () => {
	test('accepts every status', () => {
		for (const status of ['done', 'not-yet', 'not-applicable', 'unknown'] as const) {
			expect(answerSchema.safeParse(makeAnswer({ status })).success, status).toBe(true);
		}
	});

	test('rejects an unknown status, an unknown key and a missing field', () => {
		expect(answerSchema.safeParse({ ...makeAnswer(), status: 'maybe' }).success).toBe(false);
		expect(answerSchema.safeParse({ ...makeAnswer(), extra: 1 }).success).toBe(false);
		const withoutRevision: Partial<Answer> = makeAnswer();
		delete withoutRevision.revision;
		expect(answerSchema.safeParse(withoutRevision).success).toBe(false);
	});

	test('a revision is a whole number from 1', () => {
		expect(answerSchema.safeParse(makeAnswer({ revision: 0 })).success).toBe(false);
		expect(answerSchema.safeParse(makeAnswer({ revision: 1.5 })).success).toBe(false);
		expect(answerSchema.safeParse(makeAnswer({ revision: 99 })).success).toBe(true);
	});

	test('updatedAt must be an ISO date-time', () => {
		expect(answerSchema.safeParse(makeAnswer({ updatedAt: '2026-11-24' })).success).toBe(false);
		expect(answerSchema.safeParse(makeAnswer({ updatedAt: 'yesterday' })).success).toBe(false);
	});

	test('the item id must be kebab-case', () => {
		expect(answerSchema.safeParse(makeAnswer({ itemId: 'Screen_Lock' })).success).toBe(false);
	});
});

describe('profiles', () => {
	test.each(['default', 'work-laptop', 'phone_2', 'A1'])('accepts the profile id %s', (id) => {
		expect(profileIdSchema.safeParse(id).success).toBe(true);
	});

	test.each(['', 'work laptop', 'ノートPC', '../etc', 'a'.repeat(65)])(
		'rejects the profile id "%s"',
		(id) => {
			expect(profileIdSchema.safeParse(id).success).toBe(false);
		}
	);

	test('a profile name is plain text of at most 60 characters', () => {
		expect(profileSchema.safeParse(makeProfile({ name: '仕事用PC' })).success).toBe(true);
		expect(profileSchema.safeParse(makeProfile({ name: 'x'.repeat(61) })).success).toBe(false);
		expect(profileSchema.safeParse(makeProfile({ name: 'a\u202Eb' })).success).toBe(false);
		expect(profileSchema.safeParse({ ...makeProfile(), color: 'red' }).success).toBe(false);
	});
});
