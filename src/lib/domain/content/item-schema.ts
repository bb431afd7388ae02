import { z } from 'zod';
import { isoDate, kebabId, localizedText, plainText } from './text.ts';
import { ROLES, THREATS, TIERS } from './vocabulary.ts';

export * from './vocabulary.ts';

function uniqueList<T extends z.ZodType>(element: T, max: number) {
	return z
		.array(element)
		.min(1, 'must list at least one entry')
		.max(max, `must list at most ${max} entries`)
		.refine((list) => new Set(list).size === list.length, 'must not repeat an entry');
}

export const sourceSchema = z.strictObject({
	title: plainText(200),
	url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).max(500),
	asOf: isoDate
});
export type Source = z.infer<typeof sourceSchema>;

export const itemSchema = z.strictObject({
	id: kebabId(),
	roles: uniqueList(z.enum(ROLES), ROLES.length),
	category: kebabId(),
	tier: z.enum(TIERS),
	threats: uniqueList(z.enum(THREATS), THREATS.length),
	title: localizedText(120),
	why: localizedText(600),
	how: z
		.array(localizedText(400))
		.min(1, 'must give at least one step')
		.max(12, 'must give at most 12 steps'),
	effortMinutes: z.int().min(1).max(480),
	recheckDays: z.int().min(1).max(3650).optional(),
	sources: z.array(sourceSchema).min(1, 'must cite at least one source').max(10)
});
export type Item = z.infer<typeof itemSchema>;
