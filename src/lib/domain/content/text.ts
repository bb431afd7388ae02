import { z } from '../shared/zod.ts';
import { ISO_DATE_PATTERN } from '../formats/patterns.ts';

// C0/C1 control characters except tab and newline, and bidi overrides/isolates (Trojan Source).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** A trimmed, bounded, single-language string without control or bidi-override characters. */
export function plainText(max: number) {
	return z
		.string()
		.trim()
		.min(1, 'must not be empty')
		.max(max, `must be at most ${max} characters`)
		.refine((s) => !UNSAFE_CHARS.test(s), {
			message: 'contains a control or bidi-override character',
			params: { expect: 'plain-text' }
		});
}

/** Text that must exist in every supported language. */
export function localizedText(max: number) {
	return z.strictObject({ ja: plainText(max), en: plainText(max) });
}
export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable identifier: kebab-case, never derived from a title. */
export function kebabId(max = 64) {
	return z
		.string()
		.max(max, `must be at most ${max} characters`)
		.regex(KEBAB_ID, 'must be kebab-case (a-z, 0-9 and single hyphens)');
}

export const isoDate = z
	.string()
	.regex(ISO_DATE_PATTERN, 'must be a date like 2026-11-24')
	.refine(
		(s) => {
			const time = Date.parse(`${s}T00:00:00Z`);
			// Date.parse rolls 2026-02-30 over to 2026-03-02 instead of failing: compare the round trip.
			return !Number.isNaN(time) && new Date(time).toISOString().startsWith(`${s}T`);
		},
		{ message: 'is not a real date', params: { expect: 'date' } }
	);
