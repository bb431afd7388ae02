import { fieldProblems, withoutEnglishEchoes, type FieldProblems } from './field-problems.ts';
import { orgItemSchema, type OrgItem } from '../formats/policy-pack.ts';
import type { OwnItemFields } from './own-item-editing.ts';
import { bilingual } from './pack-editing.ts';

// Apart from the editing helpers: the check needs zod, which the editor loads only when an
// item is finished.

const lines = (text: string) =>
	text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

/** Which form field a schema path belongs to (`how[2].en` → `stepsEn`). */
function fieldOf(path: string): string {
	const known: [RegExp, string][] = [
		[/^title\.ja/, 'titleJa'],
		[/^title\.en/, 'titleEn'],
		[/^why\.ja/, 'whyJa'],
		[/^why\.en/, 'whyEn'],
		[/^how\[\d+\]\.en/, 'stepsEn'],
		[/^how/, 'stepsJa'],
		[/^sources\[0\]\.title/, 'sourceTitle'],
		[/^sources/, 'sourceUrl']
	];
	return known.find(([pattern]) => pattern.test(path))?.[1] ?? path.replace(/[[.].*$/, '');
}

/**
 * The item the fields describe, checked with the same schema as a pack's items, or the problems
 * keyed by form field. `today` dates the source the admin cites; a source kept unchanged keeps
 * its date.
 */
export function checkOwnItem(
	fields: OwnItemFields,
	today: string,
	previous?: OrgItem
): { ok: true; item: OrgItem } | { ok: false; errors: FieldProblems } {
	const stepsJa = lines(fields.stepsJa);
	const stepsEn = lines(fields.stepsEn);
	if (stepsEn.length > 0 && stepsEn.length !== stepsJa.length) {
		return {
			ok: false,
			errors: {
				stepsEn: {
					kind: 'same-step-count',
					params: { count: stepsJa.length },
					path: ['how']
				}
			}
		};
	}
	const url = fields.sourceUrl.trim();
	const previousSource = previous?.sources.find((s) => s.url === url);
	const candidate = {
		id: fields.id,
		roles: fields.roles,
		category: fields.category,
		tier: fields.tier,
		threats: fields.threats,
		title: bilingual(fields.titleJa, fields.titleEn),
		why: bilingual(fields.whyJa, fields.whyEn),
		how: stepsJa.map((ja, i) => bilingual(ja, stepsEn[i] ?? '')),
		effortMinutes: Number(fields.effortMinutes),
		sources: url
			? [{ title: fields.sourceTitle.trim() || url, url, asOf: previousSource?.asOf ?? today }]
			: []
	};
	const result = orgItemSchema.safeParse(candidate);
	if (result.success) return { ok: true, item: result.data };
	const errors: FieldProblems = {};
	for (const [path, problem] of Object.entries(fieldProblems(result.error, orgItemSchema))) {
		errors[fieldOf(path)] ??= problem;
	}
	return {
		ok: false,
		errors: withoutEnglishEchoes(errors, (field) =>
			field.endsWith('Ja') ? `${field.slice(0, -2)}En` : undefined
		)
	};
}
