import { version } from '$app/environment';
import type { Profile } from '$lib/domain/engine/answer';
import { fingerprint } from '$lib/domain/formats/canonical';
import type { PolicyPack } from '$lib/domain/formats/policy-pack';
import {
	buildSummary,
	type BuildResult,
	type PostureSummaryV2,
	type SummaryInput
} from '$lib/domain/formats/summary';
import { sentRecordSchema } from '$lib/domain/attestation/records';
import { loadAnswers } from '$lib/storage/answers';
import { getSetting, setSetting, setSettings } from '$lib/storage/settings';
import { RESPONDENT_ID, loadRulesAck, sentKey } from './attestation-records';
import { contentVersion } from 'virtual:checklist-version';
import { loadLastMeetingCheck } from './meeting-check-record';
import { DETAILS, type RespondentDetails } from './respondent-details';

const revisionKey = (profileId: string) => `summary-revision:${profileId}`;

/** The pseudonymous id of this install: random, made once, the same in every summary sent. */
export async function respondentId(): Promise<string> {
	const stored = await getSetting(RESPONDENT_ID);
	if (typeof stored === 'string' && /^r-[0-9a-f]{16}$/.test(stored)) return stored;
	const id = `r-${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
	await setSetting(RESPONDENT_ID, id);
	return id;
}

/** What a device's summary is made of, apart from the name and department typed on the page. */
export type DraftSources = Omit<SummaryInput, 'respondent' | 'createdAt'> & {
	respondentId: string;
};

/**
 * Reads what the summary of `profile` is made of: once when the page opens (or the device or
 * policy changes) and when another tab changes the answers, not on every keystroke.
 */
export async function readDraftSources(
	profile: Profile,
	pack: PolicyPack | undefined
): Promise<DraftSources> {
	if (!profile.context) throw new Error('This device has no set-up answers yet');
	const [respondent, answers, lastCheck, revision, ack] = await Promise.all([
		respondentId(),
		loadAnswers(profile.id),
		loadLastMeetingCheck(),
		getSetting(revisionKey(profile.id)),
		loadRulesAck()
	]);
	return {
		appVersion: version,
		contentVersion,
		...(pack ? { pack: { pack, fingerprint: await fingerprint(pack) } } : {}),
		respondentId: respondent,
		profile: { id: profile.id, context: profile.context },
		answers,
		...(lastCheck ? { lastMeetingCheckAt: lastCheck.checkedAt } : {}),
		...(pack?.rules && ack?.orgId === pack.orgId
			? { rulesAck: { version: ack.version, at: ack.at } }
			: {}),
		revision: (typeof revision === 'number' ? revision : 0) + 1
	};
}

/** The summary this device would send now (nothing is stored until it is saved). */
export function draftSummary(
	{ respondentId: id, ...sources }: DraftSources,
	details: RespondentDetails
): Promise<BuildResult> {
	return buildSummary({
		...sources,
		respondent: { id, name: details.name, department: details.department },
		createdAt: new Date().toISOString()
	});
}

/**
 * After the file was saved, in one transaction: the next summary of this device gets the next
 * revision, and the home page knows until when this one holds.
 */
export async function recordSent(
	profileId: string,
	summary: PostureSummaryV2,
	details: RespondentDetails
): Promise<void> {
	const sent = sentRecordSchema.parse({
		createdAt: summary.createdAt,
		validUntil: summary.validUntil,
		...(summary.org ? { orgId: summary.org.orgId } : {})
	});
	await setSettings({
		[revisionKey(profileId)]: summary.revision,
		[DETAILS]: details,
		[sentKey(profileId)]: sent
	});
}
