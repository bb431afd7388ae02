import type { PolicyPack } from '../formats/policy-pack.ts';
import { approvalOf } from '../policy/org-policy.ts';
import { compareText } from './compare-text.ts';
import type { ProfileRecord } from './profile-record.ts';
import { APP_STATUSES, type MeetingAppRow } from './report-schema.ts';

/**
 * The meeting apps people say they use, against the organisation's decisions: not approved
 * first (the ones to act on), then undecided, then approved; the most used first within each.
 */
export function meetingAppRows(
	records: readonly ProfileRecord[],
	pack: PolicyPack | undefined
): MeetingAppRow[] {
	const users = new Map<string, { profiles: number; respondents: Set<string> }>();
	for (const record of records) {
		// A list may name an app twice: the person still uses it once.
		for (const app of new Set(record.meetingApps)) {
			const entry = users.get(app) ?? { profiles: 0, respondents: new Set<string>() };
			entry.profiles += 1;
			entry.respondents.add(record.respondentId);
			users.set(app, entry);
		}
	}
	const rank = (row: MeetingAppRow) => APP_STATUSES.indexOf(row.status);
	return [...users]
		.map(([app, entry]) => ({
			app,
			status: approvalOf(pack, app).status,
			profiles: entry.profiles,
			respondents: entry.respondents.size
		}))
		.sort((a, b) => rank(a) - rank(b) || b.profiles - a.profiles || compareText(a.app, b.app));
}
