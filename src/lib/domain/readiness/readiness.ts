import type { IpaSelfDiagnosis } from '../content/crosswalk-schema.ts';
import type { AnswerSet } from './answer-set.ts';
import type { DirectAnswers } from './direct-answers.ts';
import { tallyFiveMeasures, type MeasureTally } from './five-measures.ts';
import { scoreIpa, type IpaScore } from './ipa-score.ts';

/** What the readiness page shows: the five measures across devices, and the self-diagnosis. */
export interface Readiness {
	/** Device answer sets counted (imported summaries and this device's own devices). */
	devices: number;
	fiveMeasures: MeasureTally[];
	ipa: IpaScore;
}

/**
 * SECURITY ACTION readiness from the organisation's own lists (the admin's and owner's answers)
 * and each device's answers: the five measures count devices only; the self-diagnosis counts
 * both.
 */
export function readinessOf(
	diagnosis: IpaSelfDiagnosis,
	own: readonly AnswerSet[],
	devices: readonly AnswerSet[],
	direct: DirectAnswers
): Readiness {
	return {
		devices: devices.length,
		fiveMeasures: tallyFiveMeasures(diagnosis.fiveMeasures, devices),
		ipa: scoreIpa(diagnosis, [...own, ...devices], direct)
	};
}
