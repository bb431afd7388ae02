import { z } from 'zod';
import { itemSchema } from '../content/item-schema.ts';
import { kebabId, localizedText, plainText } from '../content/text.ts';

export const POLICY_PACK_FORMAT = 'telework-check-policy-pack';
export const POLICY_PACK_FORMAT_VERSION = 1;

/** What an organisation does to one checklist item: make it MUST or SHOULD, or turn it off. */
export const OVERRIDES = ['must', 'should', 'off'] as const;
export type Override = (typeof OVERRIDES)[number];

export const helpDeskSchema = z.strictObject({
	name: localizedText(80),
	phone: z
		.string()
		.regex(/^\+?[0-9 ()-]{3,24}$/, 'must be a phone number (digits, spaces, + - ( ))')
		.optional(),
	email: z.email('must be an e-mail address').max(120).optional(),
	url: z
		.url({ protocol: /^https$/, error: 'must be an https:// URL' })
		.max(300)
		.optional(),
	hours: localizedText(120).optional()
});
export type HelpDesk = z.infer<typeof helpDeskSchema>;

/**
 * An organisation's policy for the checklist: who to call, tier overrides, items turned off,
 * its own extra items. v1 is the part the checklist engine needs; the admin tools extend it.
 */
export const policyPackSchema = z
	.strictObject({
		format: z.literal(POLICY_PACK_FORMAT),
		formatVersion: z.literal(POLICY_PACK_FORMAT_VERSION),
		orgId: kebabId(),
		orgName: localizedText(120),
		helpDesk: z.array(helpDeskSchema).max(5),
		overrides: z.record(kebabId(), z.enum(OVERRIDES)),
		extraItems: z.array(itemSchema).max(200),
		issuedAt: z.iso.datetime(),
		note: plainText(1000).optional()
	})
	.refine((pack) => Object.keys(pack.overrides).length <= 500, {
		message: 'must override at most 500 items',
		path: ['overrides']
	});
export type PolicyPack = z.infer<typeof policyPackSchema>;
