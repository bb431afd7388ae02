import type { FieldProblem } from '$lib/domain/field-problems';
import type { MessageKey } from '$lib/i18n/messages';
import { locale } from '$lib/state/locale.svelte';

/** A field problem in the reader's language; the schema's own words only where none fit. */
export function problemText(problem: FieldProblem): string {
	if (problem.kind === 'other') return problem.message;
	return locale.t(`problem.${problem.kind}` as MessageKey, { limit: problem.limit ?? '' });
}

/** The id of a field's input, from its path: `helpDesk[0].url` → `field-helpDesk-0-url`. */
export const fieldId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
