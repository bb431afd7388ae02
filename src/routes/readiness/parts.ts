import type FiveMeasures from './FiveMeasures.svelte';
import type MicCoverage from './MicCoverage.svelte';
import type PolicyDraft from './PolicyDraft.svelte';
import type SelfDiagnosis from './SelfDiagnosis.svelte';

/** The readiness page's results and policy draft, loaded together after the page shows. */
export interface ReadinessParts {
	FiveMeasures: typeof FiveMeasures;
	SelfDiagnosis: typeof SelfDiagnosis;
	MicCoverage: typeof MicCoverage;
	PolicyDraft: typeof PolicyDraft;
}

export async function loadParts(): Promise<ReadinessParts> {
	const [five, self, mic, policy] = await Promise.all([
		import('./FiveMeasures.svelte'),
		import('./SelfDiagnosis.svelte'),
		import('./MicCoverage.svelte'),
		import('./PolicyDraft.svelte')
	]);
	return {
		FiveMeasures: five.default,
		SelfDiagnosis: self.default,
		MicCoverage: mic.default,
		PolicyDraft: policy.default
	};
}
