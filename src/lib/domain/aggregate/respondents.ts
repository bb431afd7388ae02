/**
 * Each respondent as their newest summary names them: one person may send a summary per device,
 * and the newest one says how they are named now (if the policy let them be named at all).
 */
export function newestRespondents<R extends { id: string }>(
	summaries: Iterable<{ respondent: R; createdAt: string }>
): Map<string, R> {
	const newest = new Map<string, { respondent: R; createdAt: string }>();
	for (const summary of summaries) {
		const known = newest.get(summary.respondent.id);
		if (!known || summary.createdAt > known.createdAt) newest.set(summary.respondent.id, summary);
	}
	return new Map([...newest].map(([id, { respondent }]) => [id, respondent]));
}
