import type { FieldProblem } from '$lib/domain/policy/field-problems';
import { fieldProblemText, problemText as expectation } from '$lib/i18n/problem-text';
import { locale } from '$lib/state/locale.svelte';

/** What a field expects, in the reader's language, shown under the field. */
export function problemText(problem: FieldProblem): string {
	return expectation(locale.current, problem);
}

/** A problem in the pack with its field named by its label, for the list above the form. */
export function listedProblemText(problem: FieldProblem): string {
	return fieldProblemText(locale.current, 'pack', problem.path, problem);
}

/** The id of a field's input, from its path: `helpDesk[0].url` → `field-helpDesk-0-url`. */
export const fieldId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
