import type { z } from '../shared/zod.ts';
import { problemOf, type Problem } from '../formats/problems.ts';
import { formatPath, type JsonPath } from '../formats/safe-json.ts';

/** What is wrong with a form field: where it is in the schema, and what the field expects. */
export interface FieldProblem extends Problem {
	path: JsonPath;
}

/** Problems keyed by field path, e.g. `helpDesk[0].url`. */
export type FieldProblems = Record<string, FieldProblem>;

/** The first problem of each field, keyed by its path; `schema` gives a number its range. */
export function fieldProblems(error: z.ZodError, schema?: z.core.$ZodType): FieldProblems {
	const problems: FieldProblems = {};
	for (const issue of error.issues) {
		const path = issue.path.filter(
			(part): part is string | number => typeof part === 'string' || typeof part === 'number'
		);
		problems[formatPath(path)] ??= { ...problemOf(issue, schema), path };
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
			.filter((en): en is string => en !== undefined && problems[en]?.kind === 'fill')
	);
	return Object.fromEntries(Object.entries(problems).filter(([path]) => !echoes.has(path)));
}
