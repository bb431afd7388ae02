import { z } from '../shared/zod.ts';
import { ANSWER_STATUSES, profileIdSchema, type Answer } from '../engine/answer.ts';
import { isoDate, kebabId, plainText } from '../content/text.ts';
import { validUntilDate } from '../attestation/validity.ts';
import { DEFAULT_RECHECK_DAYS } from './new-policy-pack.ts';
import { CONTENT_VERSION_PATTERN } from '../content/version.ts';
import { contextSchema, type TeleworkContext } from '../engine/context.ts';
import { FINGERPRINT_PATTERN, canonicalJson, sha256Hex } from './canonical.ts';
import {
	ANSWER_CONTENT_VERSION_PATTERN,
	DIGEST_PATTERN,
	RESPONDENT_ID_PATTERN
} from './patterns.ts';
import type { PolicyPack } from './policy-pack.ts';

export const SUMMARY_FORMAT = 'telework-check-summary';
export const SUMMARY_FORMAT_VERSION = 2;

const summaryAnswerSchema = z
	.strictObject({
		itemId: kebabId(),
		status: z.enum(ANSWER_STATUSES),
		waiverUntil: isoDate.optional(),
		contentVersion: z.string().regex(ANSWER_CONTENT_VERSION_PATTERN, 'must be a content version'),
		updatedAt: z.iso.datetime()
	})
	.refine((a) => a.status !== 'waiver' || a.waiverUntil, {
		message: 'a waiver needs its end date',
		path: ['waiverUntil'],
		params: { expect: 'waiver-end' }
	});

const summaryFormat = z.literal(SUMMARY_FORMAT);
const summaryFields = {
	appVersion: plainText(64),
	contentVersion: z.string().regex(CONTENT_VERSION_PATTERN, 'must be a content version'),
	org: z
		.strictObject({
			orgId: kebabId(),
			packVersion: z.int().min(1).max(1_000_000),
			packFingerprint: z.string().regex(FINGERPRINT_PATTERN, 'must look like 3F9A-11C2-7B0E')
		})
		.optional(),
	respondent: z.strictObject({
		id: z.string().regex(RESPONDENT_ID_PATTERN, 'must be r- and 16 hex digits'),
		name: plainText(100).optional(),
		department: plainText(100).optional()
	}),
	profile: z.strictObject({ ref: profileIdSchema, context: contextSchema }),
	answers: z
		.array(summaryAnswerSchema)
		.max(1000)
		.superRefine((answers, ctx) => {
			const seen = new Set<string>();
			answers.forEach((a, index) => {
				if (seen.has(a.itemId)) {
					ctx.addIssue({
						code: 'custom',
						path: [index, 'itemId'],
						message: `"${a.itemId}" is answered twice`,
						params: { expect: 'unique-value', value: a.itemId }
					});
				}
				seen.add(a.itemId);
			});
		}),
	lastMeetingCheckAt: z.iso.datetime().optional(),
	createdAt: z.iso.datetime(),
	/** Goes up by one each time this person sends this device's summary. */
	revision: z.int().min(1).max(1_000_000_000),
	/** SHA-256 of the canonical form of everything else in the file. */
	digest: z.string().regex(DIGEST_PATTERN, 'must be 64 lower-case hex digits')
};

/** Version 1: as version 2, without "valid until" and the rules acknowledgement. Still read. */
export const postureSummaryV1Schema = z.strictObject({
	format: summaryFormat,
	formatVersion: z.literal(1),
	...summaryFields
});

/** That the person read the organisation's rules of this version, and when. */
export const rulesAckSchema = z.strictObject({
	version: z.int().min(1).max(1_000_000),
	at: z.iso.datetime()
});
export type RulesAck = z.infer<typeof rulesAckSchema>;

/**
 * Version 2: until when the check holds (the policy's re-check interval from the day it was
 * made) and, when the policy has rules, which version of them the person acknowledged.
 */
export const postureSummaryV2Schema = z
	.strictObject({
		format: summaryFormat,
		formatVersion: z.literal(2),
		...summaryFields,
		validUntil: isoDate,
		rulesAck: rulesAckSchema.optional()
	})
	.superRefine((summary, ctx) => {
		if (summary.rulesAck && !summary.org) {
			ctx.addIssue({
				code: 'custom',
				path: ['rulesAck'],
				message: 'acknowledges the rules of a policy the summary does not name',
				params: { expect: 'rules-ack-org' }
			});
		}
	});

/**
 * What one person sends about one device: its context and the status of each item, never notes
 * or reasons. Scores are not in the file: whoever imports it recomputes them. A version-1 file
 * stays as it was written (its digest covers it), so both versions are read as they are.
 */
export const postureSummarySchema = z.discriminatedUnion('formatVersion', [
	postureSummaryV1Schema,
	postureSummaryV2Schema
]);
export type PostureSummary = z.infer<typeof postureSummarySchema>;
export type PostureSummaryV2 = z.infer<typeof postureSummaryV2Schema>;
/** A summary without some fields, of either version (`Omit` on the union would merge them). */
export type SummaryWithout<K extends keyof PostureSummary> = PostureSummary extends infer S
	? S extends PostureSummary
		? Omit<S, K>
		: never
	: never;
export type UnsealedSummary = SummaryWithout<'digest'>;

export function summaryPayload(summary: PostureSummary): UnsealedSummary {
	return Object.fromEntries(
		Object.entries(summary).filter(([key]) => key !== 'digest')
	) as UnsealedSummary;
}

export async function sealSummary(payload: UnsealedSummary): Promise<PostureSummary> {
	return { ...payload, digest: await sha256Hex(canonicalJson(payload)) };
}

/** Whether the file is as it was written (a broken or edited file no longer matches). */
export async function digestMatches(summary: PostureSummary): Promise<boolean> {
	return (await sha256Hex(canonicalJson(summaryPayload(summary)))) === summary.digest;
}

export interface SummaryInput {
	appVersion: string;
	contentVersion: string;
	pack?: { pack: PolicyPack; fingerprint: string };
	respondent: { id: string; name?: string; department?: string };
	profile: { id: string; context: TeleworkContext };
	answers: readonly Answer[];
	lastMeetingCheckAt?: string;
	/** The rules version acknowledged, when the policy has rules and the person read them. */
	rulesAck?: RulesAck;
	createdAt: string;
	revision: number;
}

export type BuildResult =
	{ ok: true; summary: PostureSummaryV2 } | { ok: false; missing: ('name' | 'department')[] };

/**
 * The summary of one device as the policy asks for it: a forbidden field never leaves the device,
 * a required one must be filled in. Notes and reasons are never included.
 */
export async function buildSummary(input: SummaryInput): Promise<BuildResult> {
	const rules = input.pack?.pack.summaryFields ?? { name: 'optional', department: 'optional' };
	const fields = {
		name: input.respondent.name?.trim(),
		department: input.respondent.department?.trim()
	};
	const missing = (['name', 'department'] as const).filter(
		(f) => rules[f] === 'required' && !fields[f]
	);
	if (missing.length > 0) return { ok: false, missing };
	const keep = (f: 'name' | 'department') =>
		rules[f] !== 'forbidden' && fields[f] ? { [f]: fields[f] } : {};
	const payload: UnsealedSummary = {
		format: SUMMARY_FORMAT,
		formatVersion: SUMMARY_FORMAT_VERSION,
		appVersion: input.appVersion,
		contentVersion: input.contentVersion,
		...(input.pack
			? {
					org: {
						orgId: input.pack.pack.orgId,
						packVersion: input.pack.pack.packVersion,
						packFingerprint: input.pack.fingerprint
					}
				}
			: {}),
		respondent: { id: input.respondent.id, ...keep('name'), ...keep('department') },
		profile: { ref: input.profile.id, context: input.profile.context },
		answers: input.answers.map((a) => ({
			itemId: a.itemId,
			status: a.status,
			...(a.status === 'waiver' && a.waiverUntil ? { waiverUntil: a.waiverUntil } : {}),
			contentVersion: a.contentVersion,
			updatedAt: a.updatedAt
		})),
		...(input.lastMeetingCheckAt ? { lastMeetingCheckAt: input.lastMeetingCheckAt } : {}),
		createdAt: input.createdAt,
		revision: input.revision,
		validUntil: validUntilDate(
			input.createdAt,
			input.pack?.pack.recheckDays ?? DEFAULT_RECHECK_DAYS
		),
		...(input.pack && input.rulesAck ? { rulesAck: input.rulesAck } : {})
	};
	const summary = await sealSummary(payload);
	return { ok: true, summary: postureSummaryV2Schema.parse(summary) };
}
