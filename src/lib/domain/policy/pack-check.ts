import { fieldProblems, withoutEnglishEchoes, type FieldProblems } from './field-problems.ts';
import { policyPackSchema, type PolicyPack } from '../formats/policy-pack.ts';

// Apart from the editing helpers: the check needs zod, which the editor loads only on saving.

/** The pack if it is valid, else every problem keyed by its field path (`helpDesk[0].url`). */
export function checkPack(
	pack: PolicyPack
): { ok: true; pack: PolicyPack } | { ok: false; errors: FieldProblems } {
	const result = policyPackSchema.safeParse(pack);
	return result.success
		? { ok: true, pack: result.data }
		: {
				ok: false,
				errors: withoutEnglishEchoes(fieldProblems(result.error, policyPackSchema), (path) =>
					path.endsWith('.ja') ? `${path.slice(0, -3)}.en` : undefined
				)
			};
}
