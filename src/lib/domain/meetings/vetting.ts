import type {
	AppCard,
	AppSetting,
	Criterion,
	CriterionAnswer,
	CriterionTier
} from '../content/meeting-schemas.ts';
import type { RequiredSetting } from '../formats/policy-pack.ts';

/**
 * `needs-checking`: no MUST criterion is known to fail, but some are not known yet. It is never
 * a verdict against the app: unknown is said as unknown.
 */
export const VERDICTS = [
	'recommended',
	'allowed-with-settings',
	'needs-checking',
	'not-recommended'
] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Why a verdict is not simply "recommended": a MUST criterion known to fail (not recommended), a
 * MUST criterion not known yet (needs checking), or something that needs a setting or falls short
 * of a SHOULD (allowed with required settings).
 */
export type ReasonKind =
	'must-not-met' | 'must-unknown' | 'must-with-setting' | 'should-not-met' | 'should-unknown';

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
	/** MUST criteria not known yet: the points to check before relying on the app. */
	openPoints: string[];
}

/** The answers someone gave, by criterion id; criteria not answered count as unknown. */
export type VettingAnswers = Readonly<Record<string, CriterionAnswer | undefined>>;

/** A card's facts as the starting answers for the vetting flow. */
export function answersFromCard(card: AppCard): Record<string, CriterionAnswer> {
	return Object.fromEntries(card.facts.map((fact) => [fact.criterion, fact.answer]));
}

function reasonKind(criterion: Criterion, answer: CriterionAnswer): ReasonKind | undefined {
	if (answer === 'met') return undefined;
	if (criterion.tier === 'must') {
		return answer === 'not-met'
			? 'must-not-met'
			: answer === 'unknown'
				? 'must-unknown'
				: 'must-with-setting';
	}
	if (answer === 'not-met') return 'should-not-met';
	if (answer === 'unknown') return 'should-unknown';
	return undefined;
}

function verdictOf(reasons: readonly VettingReason[]): Verdict {
	if (reasons.some((r) => r.kind === 'must-not-met')) return 'not-recommended';
	if (reasons.some((r) => r.kind === 'must-unknown')) return 'needs-checking';
	return reasons.length > 0 ? 'allowed-with-settings' : 'recommended';
}

/**
 * The verdict on a meeting app. Only a MUST criterion known to fail makes it "not recommended";
 * a MUST criterion not known yet makes it "needs checking" (with those points listed); a MUST met
 * only with a setting or any SHOULD gap makes it "allowed with required settings"; an app that
 * meets every MUST as it comes and every SHOULD is "recommended".
 */
export function vetApp(criteria: readonly Criterion[], answers: VettingAnswers): VettingResult {
	const reasons: VettingReason[] = [];
	const settingCriteria: string[] = [];
	for (const criterion of criteria) {
		const answer = answers[criterion.id] ?? 'unknown';
		if (answer === 'with-setting') settingCriteria.push(criterion.id);
		const kind = reasonKind(criterion, answer);
		if (kind) reasons.push({ criterion: criterion.id, tier: criterion.tier, kind });
	}
	reasons.sort((a, b) => (a.tier === b.tier ? 0 : a.tier === 'must' ? -1 : 1));
	const openPoints = reasons.filter((r) => r.kind === 'must-unknown').map((r) => r.criterion);
	return { verdict: verdictOf(reasons), reasons, settingCriteria, openPoints };
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
