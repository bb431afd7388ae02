import type { IpaSelfDiagnosis, MicGuideline } from '../content/crosswalk-schema.ts';
import type { AnswerSet } from './answer-set.ts';
import type { DirectAnswers } from './direct-answers.ts';
import { tallyFiveMeasures, type MeasureTally } from './five-measures.ts';
import { scoreIpa, type IpaScore } from './ipa-score.ts';
import { micCoverage, type CategoryCoverage } from './mic-coverage.ts';

/** What the readiness page shows: the five measures across devices, and the self-diagnosis. */
export interface Readiness {
	/** Device answer sets counted (imported summaries and this device's own devices). */
	devices: number;
	fiveMeasures: MeasureTally[];
	ipa: IpaScore;
	/** The MIC telework guideline's categories, as far as the answers cover them. */
	mic: CategoryCoverage[];
}

/**
 * SECURITY ACTION readiness from the organisation's own lists (the admin's and owner's answers)
 * and each device's answers: the five measures count devices only; the self-diagnosis and the
 * guideline's categories count both.
 */
export function readinessOf(
	crosswalks: { ipa: IpaSelfDiagnosis; mic: MicGuideline },
	own: readonly AnswerSet[],
	devices: readonly AnswerSet[],
	direct: DirectAnswers
): Readiness {
	const all = [...own, ...devices];
	return {
		devices: devices.length,
		fiveMeasures: tallyFiveMeasures(crosswalks.ipa.fiveMeasures, devices),
		ipa: scoreIpa(crosswalks.ipa, all, direct),
		mic: micCoverage(crosswalks.mic.categories, all)
	};
}
