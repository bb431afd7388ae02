import type { ChecklistContent } from '../content/compile.ts';
import {
	DEFAULT_MIN_GROUP_SIZE,
	DEFAULT_RECHECK_DAYS,
	type PolicyPack
} from '../formats/policy-pack.ts';
import { attestationSection, rulesSection } from './attestation.ts';
import { breakdowns } from './breakdowns.ts';
import type { ItemCatalog } from './checklist-cache.ts';
import { itemRows } from './item-rows.ts';
import { meetingAppRows } from './meeting-apps.ts';
import { mustCoverage } from './must-coverage.ts';
import type { ProfileRecord } from './profile-record.ts';
import { AGGREGATE_FORMAT, AGGREGATE_FORMAT_VERSION, type AggregateReport } from './report-schema.ts';
import { staleAnswers } from './stale-answers.ts';
import { buildTrend, type Received } from './trend.ts';
import { waiverRows } from './waivers.ts';

export interface ReportInput {
	content: ChecklistContent;
	pack: PolicyPack | undefined;
	now: Date;
	catalog: ItemCatalog;
	/** The kept profiles, sorted by key. */
	records: readonly ProfileRecord[];
	/** Keys whose top revision comes in two different files, sorted. */
	conflicts: readonly string[];
	/** Per respondent-device, every distinct file received with a time. */
	received: readonly (readonly Received[])[];
}

/** Puts the sections together; each one is computed from the kept records alone. */
export function buildReport(input: ReportInput): AggregateReport {
	const { content, pack, now, catalog, records } = input;
	const minGroupSize = pack?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
	const recheckDays = pack?.recheckDays ?? DEFAULT_RECHECK_DAYS;
	const items = itemRows(catalog, records);
	return {
		format: AGGREGATE_FORMAT,
		formatVersion: AGGREGATE_FORMAT_VERSION,
		generatedAt: now.toISOString(),
		contentVersion: content.contentVersion,
		policy: pack ? { orgId: pack.orgId, packVersion: pack.packVersion } : null,
		settings: { minGroupSize, recheckDays },
		totals: {
			profiles: records.length,
			respondents: new Set(records.map((r) => r.respondentId)).size,
			conflicts: [...input.conflicts]
		},
		mustCoverage: mustCoverage(records),
		items,
		breakdowns: breakdowns(records, minGroupSize),
		meetingApps: meetingAppRows(records, pack),
		waivers: waiverRows(catalog, records),
		stale: staleAnswers(records, items),
		attestation: attestationSection(records, now, recheckDays),
		rules: rulesSection(records, pack),
		trend: buildTrend(input.received)
	};
}
