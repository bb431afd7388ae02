import { describe, expect, it } from 'vitest';
import {
	ownerSteps,
	sendersCount,
	sendersOf,
	stepAfter,
	stepToContinue,
	type OwnerPathFacts
} from '$lib/domain/owner/owner-path';

const nothing: OwnerPathFacts = {
	drafted: false,
	published: false,
	markedShared: false,
	sent: 0,
	expected: undefined,
	resultViewed: false,
	printed: false
};
const statesOf = (facts: Partial<OwnerPathFacts>) =>
	ownerSteps({ ...nothing, ...facts }).map((step) => `${step.id}:${step.state}`);

describe("the owner's path", () => {
	it('from nothing: every step to do, start with the policy', () => {
		expect(statesOf({})).toEqual(['policy:todo', 'share:todo', 'collect:todo', 'result:todo']);
		expect(stepToContinue(ownerSteps(nothing))).toBe('policy');
	});

	it('a saved draft is started; publishing finishes the first step', () => {
		expect(statesOf({ drafted: true })[0]).toBe('policy:started');
		const published = { ...nothing, drafted: true, published: true };
		expect(statesOf(published)[0]).toBe('policy:done');
		expect(stepToContinue(ownerSteps(published))).toBe('share');
	});

	it('handed out when the owner says so, or once a summary came back', () => {
		expect(statesOf({ published: true, markedShared: true })[1]).toBe('share:done');
		expect(statesOf({ published: true, sent: 1 })[1]).toBe('share:done');
		expect(statesOf({ published: true })[1]).toBe('share:todo');
	});

	it('collecting is started with the first summary and done when everyone expected has sent', () => {
		expect(statesOf({ sent: 2, expected: 5 })[2]).toBe('collect:started');
		expect(statesOf({ sent: 5, expected: 5 })[2]).toBe('collect:done');
		// Without a number from the owner nobody can say that everyone has sent.
		expect(statesOf({ sent: 9 })[2]).toBe('collect:started');
	});

	it('the result is started when seen and done when printed', () => {
		expect(statesOf({ resultViewed: true })[3]).toBe('result:started');
		expect(statesOf({ resultViewed: true, printed: true })[3]).toBe('result:done');
	});

	it('goes on from the first step not done, and from the last when all are done', () => {
		const halfway = { ...nothing, published: true, markedShared: true, sent: 2, expected: 5 };
		expect(stepToContinue(ownerSteps(halfway))).toBe('collect');
		const all = { ...halfway, sent: 5, resultViewed: true, printed: true };
		expect(stepToContinue(ownerSteps(all))).toBe('result');
	});

	it('each step leads to the next; the last to none', () => {
		expect(stepAfter('policy')).toBe('share');
		expect(stepAfter('share')).toBe('collect');
		expect(stepAfter('collect')).toBe('result');
		expect(stepAfter('result')).toBeUndefined();
	});
});

describe('who has sent', () => {
	it('counts the missing against the number the owner gave, never below zero', () => {
		expect(sendersCount(3, 5)).toEqual({ sent: 3, expected: 5, missing: 2 });
		expect(sendersCount(6, 5)).toEqual({ sent: 6, expected: 5, missing: 0 });
		expect(sendersCount(2, undefined)).toEqual({
			sent: 2,
			expected: undefined,
			missing: undefined
		});
	});
});

describe('the people who have sent', () => {
	it('are one per respondent, named as their newest summary names them, named ones first', () => {
		const senders = sendersOf([
			{ respondent: { id: 'r-2' }, createdAt: '2026-01-02T00:00:00Z' },
			{ respondent: { id: 'r-1', name: 'Sato' }, createdAt: '2026-01-01T00:00:00Z' },
			{ respondent: { id: 'r-1', name: 'Sato Hana' }, createdAt: '2026-01-03T00:00:00Z' },
			{ respondent: { id: 'r-1', name: 'S' }, createdAt: '2026-01-02T00:00:00Z' }
		]);
		expect(senders).toEqual([{ id: 'r-1', name: 'Sato Hana' }, { id: 'r-2' }]);
	});

	it('are in name order, whatever order the files came in', () => {
		const at = '2026-01-01T00:00:00Z';
		const names = sendersOf([
			{ respondent: { id: 'r-1', name: 'Yamada' }, createdAt: at },
			{ respondent: { id: 'r-2', name: 'Ito' }, createdAt: at },
			{ respondent: { id: 'r-3', name: 'Sato' }, createdAt: at }
		]).map((sender) => sender.name);
		expect(names).toEqual(['Ito', 'Sato', 'Yamada']);
	});
});
