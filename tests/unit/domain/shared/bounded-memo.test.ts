import { describe, expect, it } from 'vitest';
import { boundedMemo } from '$lib/domain/shared/bounded-memo';

describe('boundedMemo', () => {
	it('computes each value once, undefined included, and starts over once full', () => {
		const calls: string[] = [];
		const parse = boundedMemo((s: string) => (calls.push(s), s === 'x' ? undefined : s.length), 2);
		expect([parse('ab'), parse('ab'), parse('x'), parse('x')]).toEqual([
			2,
			2,
			undefined,
			undefined
		]);
		expect(calls).toEqual(['ab', 'x']);
		// Full with two: the third clears what was kept, so 'ab' is computed again.
		parse('abc');
		parse('ab');
		expect(calls).toEqual(['ab', 'x', 'abc', 'ab']);
	});
});
