import { acknowledges } from '../attestation/acknowledgement.ts';
import { attestationState } from '../attestation/validity.ts';
import type { PolicyPack } from '../formats/policy-pack.ts';
import { compareText } from './compare-text.ts';
import type { ProfileRecord } from './profile-record.ts';
import type { AggregateReport } from './report-schema.ts';

interface Person {
	/** The earliest "valid until" over the person's devices: the device that is due first. */
	validUntil: string;
	lastReportedAt: string;
	devices: number;
}

function people(records: readonly ProfileRecord[]): Map<string, Person> {
	const byId = new Map<string, Person>();
	for (const { respondentId, validUntil, createdAt } of records) {
		const seen = byId.get(respondentId);
		if (!seen) {
			byId.set(respondentId, { validUntil, lastReportedAt: createdAt, devices: 1 });
			continue;
		}
		seen.devices += 1;
		if (validUntil < seen.validUntil) seen.validUntil = validUntil;
		if (createdAt > seen.lastReportedAt) seen.lastReportedAt = createdAt;
	}
	return byId;
}

/**
 * Where each person's check stands: current, due soon or expired, by the device due first. The
 * list holds everyone who is not current, the longest expired first: the people to remind.
 */
export function attestationSection(
	records: readonly ProfileRecord[],
	now: Date,
	recheckDays: number
): AggregateReport['attestation'] {
	const counts = { current: 0, dueSoon: 0, expired: 0 };
	const due: AggregateReport['attestation']['due'] = [];
	for (const [respondentId, person] of people(records)) {
		const state = attestationState(person.validUntil, now, recheckDays);
		if (state === 'current') counts.current += 1;
		else {
			if (state === 'expired') counts.expired += 1;
			else counts.dueSoon += 1;
			due.push({ respondentId, state, ...person });
		}
	}
	due.sort(
		(a, b) =>
			a.validUntil.localeCompare(b.validUntil) || compareText(a.respondentId, b.respondentId)
	);
	return { ...counts, due };
}

/**
 * Who acknowledged the current version of the organisation's rules: a person counts once, by
 * any of their devices' summaries. Null when the policy has no rules.
 */
export function rulesSection(
	records: readonly ProfileRecord[],
	pack: PolicyPack | undefined
): AggregateReport['rules'] {
	if (!pack?.rules) return null;
	const acknowledged = new Set<string>();
	const everyone = new Set<string>();
	for (const { respondentId, rulesAck, orgId } of records) {
		everyone.add(respondentId);
		if (orgId === pack.orgId && acknowledges(rulesAck, pack.rules)) {
			acknowledged.add(respondentId);
		}
	}
	const notAcknowledged = [...everyone].filter((id) => !acknowledged.has(id)).sort(compareText);
	return {
		version: pack.rules.version,
		respondents: everyone.size,
		acknowledged: acknowledged.size,
		notAcknowledged
	};
}
