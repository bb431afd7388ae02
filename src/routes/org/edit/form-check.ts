import type { OrgItem, PolicyPack } from '$lib/domain/formats/policy-pack';
import type { FieldProblems } from '$lib/domain/policy/field-problems';
import { checkOwnItem } from '$lib/domain/policy/own-item-check';
import type { OwnItemFields } from '$lib/domain/policy/own-item-editing';
import { checkPack } from '$lib/domain/policy/pack-check';
import { fieldProblemText, problemText } from '$lib/i18n/problem-text';
import { locale } from '$lib/state/locale.svelte';

// The editor's checks and the words for their problems. The page loads this module when the
// admin first saves or finishes an item, so that zod and the problem texts stay off its first load.

/** What each field expects, in the reader's language, keyed by field. */
export type FieldErrors = Record<string, string>;

const fieldTexts = (problems: FieldProblems): FieldErrors =>
	Object.fromEntries(
		Object.entries(problems).map(([key, problem]) => [key, problemText(locale.current, problem)])
	);

/**
 * The pack if it is valid, else what each field expects and, for the list above the form, each
 * problem with its field named by its label.
 */
export function checkPackForm(
	pack: PolicyPack
):
	| { ok: true; pack: PolicyPack }
	| { ok: false; errors: FieldErrors; listed: [key: string, text: string][] } {
	const checked = checkPack(pack);
	if (checked.ok) return checked;
	const listed = Object.entries(checked.errors).map(([key, problem]): [string, string] => [
		key,
		fieldProblemText(locale.current, 'pack', problem.path, problem)
	]);
	return { ok: false, errors: fieldTexts(checked.errors), listed };
}

/** The own item the fields describe, or what each field expects. */
export function checkOwnItemForm(
	fields: OwnItemFields,
	today: string,
	previous?: OrgItem
): { ok: true; item: OrgItem } | { ok: false; errors: FieldErrors } {
	const checked = checkOwnItem(fields, today, previous);
	return checked.ok ? checked : { ok: false, errors: fieldTexts(checked.errors) };
}
