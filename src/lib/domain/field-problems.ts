import type { z } from './zod.ts';
import { formatPath } from './formats/safe-json.ts';

/**
 * What is wrong with a form field, as a kind the UI words in the reader's language; `message`
 * (the schema's English text) is shown only for the rare kinds without a wording of their own.
 */
export const PROBLEM_KINDS = [
	'empty',
	'too-few',
	'too-long',
	'out-of-range',
	'format',
	'count-mismatch',
	'other'
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface FieldProblem {
	kind: ProblemKind;
	limit?: number;
	message: string;
}

/** Problems keyed by field path, e.g. `helpDesk[0].url`. */
export type FieldProblems = Record<string, FieldProblem>;

function kindOf(issue: z.core.$ZodIssue): Pick<FieldProblem, 'kind' | 'limit'> {
	switch (issue.code) {
		case 'too_small':
			if (issue.origin === 'string') return { kind: 'empty' };
			if (issue.origin === 'array') return { kind: 'too-few', limit: Number(issue.minimum) };
			return { kind: 'out-of-range' };
		case 'too_big':
			return issue.origin === 'string'
				? { kind: 'too-long', limit: Number(issue.maximum) }
				: { kind: 'out-of-range' };
		case 'invalid_type':
			return issue.expected === 'number' || issue.expected === 'int'
				? { kind: 'out-of-range' }
				: { kind: 'other' };
		case 'invalid_format':
			return { kind: 'format' };
		default:
			return { kind: 'other' };
	}
}

/** The first problem of each field, keyed by its path (after `prefix`, when given). */
export function fieldProblems(
	error: z.ZodError,
	prefix: readonly PropertyKey[] = []
): FieldProblems {
	const problems: FieldProblems = {};
	for (const issue of error.issues) {
		const path = formatPath([...prefix, ...issue.path]);
		problems[path] ??= { ...kindOf(issue), message: issue.message };
	}
	return problems;
}

/**
 * Without the English twin of a Japanese problem: where English falls back to Japanese, an empty
 * Japanese field also empties the English one, and one message is enough.
 */
export function withoutEnglishEchoes(
	problems: FieldProblems,
	englishOf: (path: string) => string | undefined
): FieldProblems {
	const echoes = new Set(
		Object.keys(problems)
			.map(englishOf)
			.filter((en): en is string => en !== undefined && problems[en]?.kind === 'empty')
	);
	return Object.fromEntries(Object.entries(problems).filter(([path]) => !echoes.has(path)));
}
