import type { PostureSummary } from '../formats/summary.ts';
import { waiverActive, type FreshnessOptions } from '../engine/freshness.ts';
import { effectiveValidUntil } from '../attestation/validity.ts';
import { DEFAULT_RECHECK_DAYS } from '../formats/new-policy-pack.ts';
import { OUTCOME_CODE, answerOutcome, type SummaryAnswer } from './answer-outcome.ts';
import type { ContextChecklist } from './checklist-cache.ts';

export interface WaiverEntry {
	catalogIndex: number;
	until: string;
	active: boolean;
}

/**
 * What the aggregate needs of one device profile's latest summary: a byte per applicable item,
 * not the file. The checklist (and its context) is shared with everyone in the same situation.
 */
export interface ProfileRecord {
	key: string;
	respondentId: string;
	department: string | undefined;
	meetingApps: readonly string[];
	createdAt: string;
	checklist: ContextChecklist;
	/** OUTCOME_CODE of each checklist position. */
	outcomes: Uint8Array;
	mustDone: number;
	mustCounted: number;
	waivers: WaiverEntry[];
	/** The last day the summary holds, by its own date and the organisation's interval. */
	validUntil: string;
	/** The rules version the person acknowledged in this summary, if any. */
	rulesAck: { version: number } | undefined;
	/** The organisation whose rules were acknowledged. */
	orgId: string | undefined;
}

const { done: DONE, notApplicable: NOT_APPLICABLE, waived: WAIVED, unanswered } = OUTCOME_CODE;

/**
 * Every applicable item's outcome, the MUST tally by computePosture's rule (not applicable and
 * active waivers leave the count) and the waivers. Answers to items that do not apply in this
 * context are left out, as on the person's own list.
 */
export function profileRecord(
	key: string,
	summary: PostureSummary,
	checklist: ContextChecklist,
	now: Date,
	options: FreshnessOptions
): ProfileRecord {
	const outcomes = new Uint8Array(checklist.items.length).fill(unanswered);
	const waivers: WaiverEntry[] = [];
	for (const answer of summary.answers) {
		const position = checklist.positionOf.get(answer.itemId);
		if (position === undefined) continue;
		outcomes[position] =
			OUTCOME_CODE[answerOutcome(answer, checklist.items[position]!, now, options)];
		if (answer.status === 'waiver' && answer.waiverUntil) {
			const catalogIndex = checklist.catalogIndex[position]!;
			waivers.push({ catalogIndex, until: answer.waiverUntil, active: waiverActive(answer, now) });
		}
	}
	let mustDone = 0;
	let mustCounted = 0;
	checklist.tiers.forEach((tier, position) => {
		const code = outcomes[position];
		if (tier !== 'must' || code === NOT_APPLICABLE || code === WAIVED) return;
		mustCounted += 1;
		if (code === DONE) mustDone += 1;
	});
	return {
		key,
		respondentId: summary.respondent.id,
		department: summary.respondent.department,
		meetingApps: summary.profile.context.meetingApps,
		createdAt: summary.createdAt,
		checklist,
		outcomes,
		mustDone,
		mustCounted,
		waivers,
		validUntil: effectiveValidUntil(
			summary.formatVersion === 2 ? summary : { createdAt: summary.createdAt },
			options.defaultRecheckDays ?? DEFAULT_RECHECK_DAYS
		),
		rulesAck: summary.formatVersion === 2 ? summary.rulesAck : undefined,
		orgId: summary.org?.orgId
	};
}

/** Whether every MUST item was done at `at`: the same rule, MUST answers only (for the trend). */
export function mustAllDoneAt(
	checklist: ContextChecklist,
	answers: readonly SummaryAnswer[],
	at: Date,
	options: FreshnessOptions
): boolean {
	let open = checklist.mustCount;
	for (const answer of answers) {
		const position = checklist.positionOf.get(answer.itemId);
		if (position === undefined || checklist.tiers[position] !== 'must') continue;
		const outcome = answerOutcome(answer, checklist.items[position]!, at, options);
		if (outcome === 'done' || outcome === 'notApplicable' || outcome === 'waived') open -= 1;
	}
	return open === 0;
}
