import { describe, expect, test } from 'vitest';
import { answerFromCounts, scoreIpa, type DirectAnswers } from '$lib/domain/readiness/ipa-score';
import type { AnswerSet } from '$lib/domain/readiness/answer-set';
import { directAnswersSchema } from '$lib/domain/readiness/direct-answers';
import { diagnosis } from './fixture';

const topicIds = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => `ipa-${String(from + i).padStart(2, '0')}`);

/** Direct answers for topics 6–25: `done` for the first `done`, then the others in order. */
function direct(done: number, ...rest: DirectAnswers[string][]): DirectAnswers {
	const answers = [...Array<DirectAnswers[string]>(done).fill('done'), ...rest];
	return Object.fromEntries(
		topicIds(6, 25)
			.map((id, i) => [id, answers[i]])
			.filter(([, a]) => a)
	);
}

const allItemsDone: AnswerSet = ['a', 'b', 'c', 'd', 'e', 'f'].map((itemId) => ({
	itemId,
	status: 'done'
}));

describe('answerFromCounts', () => {
	test.each([
		[{ done: 3, notDone: 0, unknown: 0 }, 'done'],
		[{ done: 1, notDone: 1, unknown: 0 }, 'partly'],
		[{ done: 1, notDone: 0, unknown: 2 }, 'partly'],
		[{ done: 0, notDone: 2, unknown: 1 }, 'not-done'],
		[{ done: 0, notDone: 0, unknown: 2 }, 'unknown'],
		[{ done: 0, notDone: 0, unknown: 0 }, 'unknown']
	] as const)('%o gives %s', (counts, answer) => {
		expect(answerFromCounts(counts)).toBe(answer);
	});
});

describe('scoreIpa', () => {
	test('scores items over every answer set, and the rest from the direct answers', () => {
		const sets: AnswerSet[] = [
			[
				{ itemId: 'a', status: 'done' },
				{ itemId: 'b', status: 'done' },
				{ itemId: 'c', status: 'done' },
				{ itemId: 'd', status: 'not-yet' },
				{ itemId: 'e', status: 'not-applicable' },
				{ itemId: 'f', status: 'unknown' }
			],
			[
				{ itemId: 'a', status: 'done' },
				{ itemId: 'c', status: 'waiver' },
				{ itemId: 'd', status: 'waiver' },
				{ itemId: 'e', status: 'not-applicable' }
			],
			[{ itemId: 'b', status: 'done' }]
		];
		// Topics 6–20 done (15 × 4), 21 partly (2), 22 not done (0), 23 don't know (−1), 24–25 unanswered.
		const score = scoreIpa(diagnosis, sets, direct(15, 'partly', 'not-done', 'unknown'));
		expect(score.topics.slice(0, 5)).toEqual([
			{
				topicId: 'ipa-01',
				answer: 'done',
				points: 4,
				basis: 'items',
				counts: { done: 4, notDone: 0, unknown: 0 }
			},
			{
				topicId: 'ipa-02',
				answer: 'partly',
				points: 2,
				basis: 'items',
				counts: { done: 1, notDone: 1, unknown: 0 }
			},
			{
				topicId: 'ipa-03',
				answer: 'not-done',
				points: 0,
				basis: 'items',
				counts: { done: 0, notDone: 2, unknown: 0 }
			},
			{
				topicId: 'ipa-04',
				answer: 'unknown',
				points: -1,
				basis: 'items',
				counts: { done: 0, notDone: 0, unknown: 0 }
			},
			{
				topicId: 'ipa-05',
				answer: 'unknown',
				points: -1,
				basis: 'items',
				counts: { done: 0, notDone: 0, unknown: 1 }
			}
		]);
		expect(score.topics.slice(20).map((t) => [t.answer, t.points, t.basis])).toEqual([
			['partly', 2, 'direct'],
			['not-done', 0, 'direct'],
			['unknown', -1, 'direct'],
			['unknown', -1, 'direct'],
			['unknown', -1, 'direct']
		]);
		// Items: 4 + 2 + 0 − 1 − 1 = 4. Direct: 60 + 2 + 0 − 1 − 1 − 1 = 59.
		expect(score.total).toBe(63);
		expect(score.bandId).toBe('clear-gaps');
		expect(score.unknownCount).toBe(5);
	});

	test('everything done scores 100, in the top band', () => {
		const score = scoreIpa(diagnosis, [allItemsDone], direct(20));
		expect(score.total).toBe(100);
		expect(score.bandId).toBe('basics-reached');
		expect(score.unknownCount).toBe(0);
	});

	test('nothing answered scores −25: every topic is "don\'t know"', () => {
		const score = scoreIpa(diagnosis, [], {});
		expect(score.total).toBe(-25);
		expect(score.bandId).toBe('at-risk');
		expect(score.unknownCount).toBe(25);
	});

	test('70 is the lowest total of "mostly done", 69 the highest of "clear gaps"', () => {
		// Items 20; direct 12 × 4 + 2 = 50, the other 7 not done.
		const seventy = direct(12, 'partly', ...Array(7).fill('not-done'));
		expect(scoreIpa(diagnosis, [allItemsDone], seventy)).toMatchObject({
			total: 70,
			bandId: 'mostly-done'
		});
		const sixtyNine = direct(12, 'partly', 'unknown', ...Array(6).fill('not-done'));
		expect(scoreIpa(diagnosis, [allItemsDone], sixtyNine)).toMatchObject({
			total: 69,
			bandId: 'clear-gaps'
		});
	});

	test('a topic with items ignores a direct answer, and a waiver counts as not done', () => {
		const sets: AnswerSet[] = [[{ itemId: 'c', status: 'waiver' }]];
		const score = scoreIpa(diagnosis, sets, { 'ipa-02': 'done' });
		expect(score.topics[1]).toMatchObject({ answer: 'not-done', points: 0, basis: 'items' });
	});
});

describe('directAnswersSchema', () => {
	test('reads answers by topic id, and refuses an answer off the scale', () => {
		expect(directAnswersSchema.parse({ 'ipa-15': 'done', 'ipa-16': 'unknown' })).toEqual({
			'ipa-15': 'done',
			'ipa-16': 'unknown'
		});
		expect(directAnswersSchema.safeParse({ 'ipa-15': 'maybe' }).success).toBe(false);
		expect(directAnswersSchema.safeParse({ 'IPA 15': 'done' }).success).toBe(false);
	});
});
