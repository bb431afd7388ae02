import type {
	AppCard,
	AppSetting,
	Criterion,
	CriterionAnswer,
	CriterionTier,
	UnknownTreatment
} from '../content/meeting-schemas.ts';
import type { RequiredSetting } from '../formats/policy-pack.ts';

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

/**
 * A stable id for an app the organisation names itself ("Example Video" → `example-video`);
 * undefined when the name has no Latin letters or digits to build one from.
 */
export function appIdFromName(name: string): string | undefined {
	const id = name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '');
	return id.length > 0 ? id : undefined;
}

/** The settings typed one per line for another app, as required settings for every meeting. */
export function settingsFromLines(text: string): RequiredSetting[] {
	const lines = [...new Set(text.split('\n').map((line) => line.trim()))].filter(Boolean);
	return lines.slice(0, 30).map((line, index) => ({
		id: `setting-${index + 1}`,
		name: { ja: line.slice(0, 120), en: line.slice(0, 120) },
		requiredFrom: 'low'
	}));
}

/** A card's setting as the organisation requires it. */
export function requiredFromCard(setting: AppSetting): RequiredSetting {
	return {
		id: setting.id,
		name: setting.name,
		where: setting.where,
		requiredFrom: setting.requiredFrom
	};
}
