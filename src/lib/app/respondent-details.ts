import { getSetting } from '$lib/storage/settings';

/** The setting under which the name and department last sent are kept, for the next summary. */
export const DETAILS = 'respondent-details';

export interface RespondentDetails {
	name: string;
	department: string;
}

/**
 * The name and department last sent. Apart from the summary format (zod), which the page loads
 * only once there is a device to summarise.
 */
export async function loadDetails(): Promise<RespondentDetails> {
	const stored = (await getSetting(DETAILS)) as Partial<RespondentDetails> | undefined;
	const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 100) : '');
	return { name: text(stored?.name), department: text(stored?.department) };
}
