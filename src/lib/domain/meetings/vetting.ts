import type {
	AppCard,
	AppSetting,
	Criterion,
	CriterionAnswer,
	CriterionTier,
	UnknownTreatment
} from '../content/meeting-schemas.ts';

export const VERDICTS = ['recommended', 'allowed-with-settings', 'not-recommended'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Why a verdict is not simply "recommended": a MUST criterion failed or is unknown where unknown
 * counts as failed (`blocks`), or something needs a setting, a check with the vendor, or falls
 * short of a SHOULD (`limits`).
 */
export type ReasonKind =
	| 'must-not-met'
	| 'must-unknown'
	| 'must-with-setting'
	| 'must-confirm'
	| 'should-not-met'
	| 'should-unknown';

export interface VettingReason {
	criterion: string;
	tier: CriterionTier;
	kind: ReasonKind;
}

export interface VettingResult {
	verdict: Verdict;
	/** MUST problems first, then SHOULD ones, each in criteria order. */
	reasons: VettingReason[];
	/** Criteria answered `with-setting`: the settings an organisation must require for them. */
	settingCriteria: string[];
}

/** The answers someone gave, by criterion id; criteria not answered count as unknown. */
export type VettingAnswers = Readonly<Record<string, CriterionAnswer | undefined>>;

/** A card's facts as the starting answers for the vetting flow. */
export function answersFromCard(card: AppCard): Record<string, CriterionAnswer> {
	return Object.fromEntries(card.facts.map((fact) => [fact.criterion, fact.answer]));
}

function unknownTreatment(criterion: Criterion, card: AppCard | undefined): UnknownTreatment {
	const fact = card?.facts.find((f) => f.criterion === criterion.id);
	return fact?.ifUnknown ?? criterion.ifUnknown;
}

function reasonKind(
	criterion: Criterion,
	answer: CriterionAnswer,
	card: AppCard | undefined
): ReasonKind | undefined {
	if (criterion.tier === 'must') {
		if (answer === 'not-met') return 'must-not-met';
		if (answer === 'with-setting') return 'must-with-setting';
		if (answer === 'unknown') {
			return unknownTreatment(criterion, card) === 'not-met' ? 'must-unknown' : 'must-confirm';
		}
		return undefined;
	}
	if (answer === 'not-met') return 'should-not-met';
	if (answer === 'unknown') return 'should-unknown';
	return undefined;
}

const BLOCKING: ReadonlySet<ReasonKind> = new Set(['must-not-met', 'must-unknown']);

/**
 * The verdict on a meeting app. A MUST criterion that is not met (or unknown where the criterion
 * or card says unknown counts as not met) makes it "not recommended"; anything that needs a
 * setting, a check with the vendor or misses a SHOULD makes it "allowed with required settings";
 * only an app that meets every MUST as it comes and no SHOULD gap is "recommended".
 */
export function vetApp(
	criteria: readonly Criterion[],
	answers: VettingAnswers,
	card?: AppCard
): VettingResult {
	const reasons: VettingReason[] = [];
	const settingCriteria: string[] = [];
	for (const criterion of criteria) {
		const answer = answers[criterion.id] ?? 'unknown';
		if (answer === 'with-setting') settingCriteria.push(criterion.id);
		const kind = reasonKind(criterion, answer, card);
		if (kind) reasons.push({ criterion: criterion.id, tier: criterion.tier, kind });
	}
	reasons.sort((a, b) => (a.tier === b.tier ? 0 : a.tier === 'must' ? -1 : 1));
	const verdict: Verdict = reasons.some((r) => BLOCKING.has(r.kind))
		? 'not-recommended'
		: reasons.length > 0
			? 'allowed-with-settings'
			: 'recommended';
	return { verdict, reasons, settingCriteria };
}

/** A card's settings to require, lowest meeting level first (those apply to every meeting). */
export function settingsByLevel(card: AppCard): AppSetting[] {
	const order = { low: 0, medium: 1, high: 2 } as const;
	return [...card.settings].sort((a, b) => order[a.requiredFrom] - order[b.requiredFrom]);
}
