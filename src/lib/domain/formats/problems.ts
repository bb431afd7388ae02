import type { z } from '../shared/zod.ts';
import { KEBAB_ID } from '../content/text.ts';
import { CONTENT_VERSION_PATTERN } from '../content/version.ts';
import { FINGERPRINT_PATTERN } from './canonical.ts';
import {
	AGE_RECIPIENT_PATTERN,
	ANSWER_CONTENT_VERSION_PATTERN,
	DIGEST_PATTERN,
	ISO_DATE_PATTERN,
	ORG_ITEM_ID_PATTERN,
	PHONE_PATTERN,
	PROFILE_ID_PATTERN,
	RESPONDENT_ID_PATTERN,
	SETTINGS_URI_PATTERN
} from './patterns.ts';
import { schemaAt } from './schema-paths.ts';

/**
 * What a value should be, or what is wrong with a whole file, as a kind the UI words in the
 * reader's language (`expect.<kind>` in the i18n catalogue). Never the schema's English text.
 */
export const PROBLEM_KINDS = [
	// A field: what it expects.
	'fill',
	'max-chars',
	'min-items',
	'max-items',
	'number-range',
	'number-min',
	'whole-number',
	'choice',
	'required',
	'type-text',
	'type-list',
	'type-group',
	'type-yes-no',
	'https-url',
	'email',
	'phone',
	'date',
	'datetime',
	'id',
	'org-item-id',
	'profile-id',
	'content-version',
	'fingerprint',
	'respondent-id',
	'digest',
	'settings-link',
	'age-recipient',
	'plain-text',
	'unique',
	'unique-value',
	'unknown-field',
	'waiver-end',
	'waiver-reason',
	'os-device',
	'open-points',
	'rules-version',
	'rules-ack-org',
	'condition-axis',
	'known-profile',
	'same-step-count',
	'valid',
	// A whole file.
	'too-big',
	'not-utf8',
	'too-deep',
	'not-json',
	'forbidden-key',
	'duplicate-key',
	'wrong-format',
	'newer-version',
	'unsupported-version',
	'unreadable',
	'digest-mismatch',
	'other-org',
	'batch-count',
	'batch-size',
	'link-too-big',
	'link-damaged',
	'older',
	'version-conflict',
	// An encrypted file that cannot be opened (`DecryptFailure`).
	'encrypted-not-age',
	'encrypted-needs-key',
	'encrypted-wrong-key',
	'encrypted-damaged',
	'encrypted-header-too-large',
	'encrypted-several-recipients',
	'encrypted-passphrase-refused',
	'encrypted-unsupported-recipient'
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface Problem {
	kind: ProblemKind;
	/** Filled into the wording: limits, a repeated value, a version. */
	params?: Record<string, string | number>;
}

const isKind = (value: unknown): value is ProblemKind =>
	(PROBLEM_KINDS as readonly unknown[]).includes(value);

/** Our patterns, by the text a zod issue gives for them (`String(regex)`). */
const PATTERN_KINDS = new Map<string, ProblemKind>([
	[String(KEBAB_ID), 'id'],
	[String(ORG_ITEM_ID_PATTERN), 'org-item-id'],
	[String(PHONE_PATTERN), 'phone'],
	[String(ISO_DATE_PATTERN), 'date'],
	[String(PROFILE_ID_PATTERN), 'profile-id'],
	[String(RESPONDENT_ID_PATTERN), 'respondent-id'],
	[String(CONTENT_VERSION_PATTERN), 'content-version'],
	[String(ANSWER_CONTENT_VERSION_PATTERN), 'content-version'],
	[String(FINGERPRINT_PATTERN), 'fingerprint'],
	[String(DIGEST_PATTERN), 'digest'],
	[String(SETTINGS_URI_PATTERN), 'settings-link'],
	[String(AGE_RECIPIENT_PATTERN), 'age-recipient']
]);

const FORMAT_KINDS: Partial<Record<string, ProblemKind>> = {
	email: 'email',
	url: 'https-url',
	datetime: 'datetime'
};

/** Beyond this a bound is only the safe-integer limit, not a rule anyone set. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** A number field's range, read from its schema when there is one. */
function numberProblem(schema: z.core.$ZodType | undefined): Problem {
	const bounds = schema as { minValue?: number | null; maxValue?: number | null } | undefined;
	const min = bounds?.minValue ?? -UNBOUNDED;
	const max = bounds?.maxValue ?? UNBOUNDED;
	if (Math.abs(min) < UNBOUNDED && Math.abs(max) < UNBOUNDED) {
		return { kind: 'number-range', params: { min, max } };
	}
	if (Math.abs(min) < UNBOUNDED) return { kind: 'number-min', params: { min } };
	return { kind: 'whole-number' };
}

const TYPE_KINDS: Partial<Record<string, ProblemKind>> = {
	string: 'type-text',
	array: 'type-list',
	object: 'type-group',
	boolean: 'type-yes-no'
};

function typeProblem(
	issue: z.core.$ZodIssueInvalidType,
	schema: z.core.$ZodType | undefined
): Problem {
	if ('input' in issue && issue.input === undefined) return { kind: 'required' };
	if (issue.expected === 'number' || issue.expected === 'int') return numberProblem(schema);
	return { kind: TYPE_KINDS[issue.expected] ?? 'valid' };
}

function customProblem(params: Record<string, unknown> | undefined): Problem {
	const { expect, ...rest } = params ?? {};
	if (!isKind(expect)) return { kind: 'valid' };
	const values = Object.entries(rest).filter(
		(entry): entry is [string, string | number] =>
			typeof entry[1] === 'string' || typeof entry[1] === 'number'
	);
	return values.length > 0
		? { kind: expect, params: Object.fromEntries(values) }
		: { kind: expect };
}

/**
 * What the field a zod issue is about expects. `root` is the schema that was checked: a number's
 * range is read from it, so a message can say "7–730" rather than only what was broken. Parse
 * with `reportInput: true` to tell a missing field from a wrong one.
 */
export function problemOf(issue: z.core.$ZodIssue, root?: z.core.$ZodType): Problem {
	const schema = () => (root ? schemaAt(root, issue.path) : undefined);
	switch (issue.code) {
		case 'too_small':
			if (issue.origin === 'string') return { kind: 'fill' };
			if (issue.origin === 'array' || issue.origin === 'set') {
				return { kind: 'min-items', params: { min: Number(issue.minimum) } };
			}
			return numberProblem(schema());
		case 'too_big':
			if (issue.origin === 'string') {
				return { kind: 'max-chars', params: { max: Number(issue.maximum) } };
			}
			if (issue.origin === 'array' || issue.origin === 'set') {
				return { kind: 'max-items', params: { max: Number(issue.maximum) } };
			}
			return numberProblem(schema());
		case 'invalid_type':
			return typeProblem(issue, schema());
		case 'invalid_value':
			return { kind: 'choice' };
		case 'invalid_format':
			return {
				kind:
					(issue.format === 'regex'
						? PATTERN_KINDS.get(issue.pattern ?? '')
						: FORMAT_KINDS[issue.format]) ?? 'valid'
			};
		case 'invalid_key': {
			const [inner] = issue.issues;
			return inner ? problemOf(inner) : { kind: 'valid' };
		}
		case 'unrecognized_keys':
			return { kind: 'unknown-field', params: { name: issue.keys[0] ?? '' } };
		case 'custom':
			return customProblem(issue.params);
		default:
			return { kind: 'valid' };
	}
}
