import { canonicalJson, fingerprint } from '../formats/canonical.ts';
import type { PackMeetingApp, PolicyPack } from '../formats/policy-pack.ts';
import type { Problem } from '../formats/problems.ts';
import type { PackRecord } from './pack-record.ts';

/** Records (or replaces) the organisation's decision on one meeting app. */
export function withMeetingApp(pack: PolicyPack, decision: PackMeetingApp): PolicyPack {
	const others = pack.meetingApps.filter((app) => app.app !== decision.app);
	return { ...pack, meetingApps: [...others, decision] };
}

/**
 * The version publishing the draft makes: past the last one published from it, and past the
 * organisation's version this device follows (published from another of the admin's devices, or
 * by another admin), so that two different policies never share a version number.
 */
export function nextPackVersion(draft: PackRecord, active: PolicyPack | undefined): number {
	const followed = active?.orgId === draft.pack.orgId ? active.packVersion : 0;
	return Math.max(draft.publishedVersion, followed) + 1;
}

/**
 * The draft as it is published: the next version, stamped now. Its rules keep the version of
 * the published ones while their text is unchanged, so people acknowledge them again only when
 * the rules themselves changed.
 */
export function publishDraft(
	draft: PackRecord,
	active: PolicyPack | undefined,
	now: string
): PolicyPack {
	const packVersion = nextPackVersion(draft, active);
	const { rules, ...pack } = draft.pack;
	if (!rules) return { ...pack, packVersion, issuedAt: now };
	const published = active?.orgId === draft.pack.orgId ? active.rules : undefined;
	const unchanged = published && canonicalJson(published.text) === canonicalJson(rules.text);
	const version = unchanged ? published.version : packVersion;
	return { ...pack, packVersion, issuedAt: now, rules: { text: rules.text, version } };
}

/** A pack's canonical text without what publishing stamps on it: what it asks of people. */
function withoutStamp(pack: PolicyPack): string {
	return canonicalJson({ ...pack, packVersion: undefined, issuedAt: undefined });
}

/**
 * Whether publishing the draft would hand out anything new: true when it was never published,
 * when `active` is not its published version (nothing to compare with), or when the two differ in
 * more than the version number and date.
 */
export function hasUnpublishedChanges(draft: PackRecord, active: PolicyPack | undefined): boolean {
	const published =
		draft.publishedVersion > 0 &&
		active?.orgId === draft.pack.orgId &&
		active.packVersion === draft.publishedVersion;
	return !published || withoutStamp(draft.pack) !== withoutStamp(active);
}

export type PackReplacement =
	| { kind: 'new' }
	| { kind: 'same' }
	| { kind: 'newer'; from: number; to: number }
	| { kind: 'older'; current: number; offered: number }
	/** The same version number with other content: `current` and `offered` are their check codes. */
	| { kind: 'conflict'; version: number; current: string; offered: string }
	| { kind: 'other-org'; currentOrg: PolicyPack['orgName'] };

/**
 * What loading `offered` would do to the policy this device follows: a first policy or a newer
 * version of the same organisation's replaces it (after the person confirms); an older version is
 * refused, and so is the same version with other content (a changed phone number must never
 * slip in as "the version you follow"); another organisation's asks first.
 */
export async function comparePacks(
	current: PolicyPack | undefined,
	offered: PolicyPack
): Promise<PackReplacement> {
	if (!current) return { kind: 'new' };
	if (current.orgId !== offered.orgId) return { kind: 'other-org', currentOrg: current.orgName };
	if (offered.packVersion > current.packVersion) {
		return { kind: 'newer', from: current.packVersion, to: offered.packVersion };
	}
	if (offered.packVersion < current.packVersion) {
		return { kind: 'older', current: current.packVersion, offered: offered.packVersion };
	}
	const [here, there] = await Promise.all([fingerprint(current), fingerprint(offered)]);
	return here === there
		? { kind: 'same' }
		: { kind: 'conflict', version: current.packVersion, current: here, offered: there };
}

/** Why a policy is not followed: its kind of replacement, and the problem with the file. */
export interface PackRefusal {
	kind: 'older' | 'conflict';
	problem: Problem;
}

/**
 * Why following the offered policy is refused, or undefined when the person may follow it: an
 * older version, or the same version with other content. Either way the policy followed now
 * stays; the admin publishes the right one again, as a new version.
 */
export function refusalOf(replacement: PackReplacement): PackRefusal | undefined {
	if (replacement.kind === 'older') {
		const { offered, current } = replacement;
		return { kind: 'older', problem: { kind: 'older', params: { offered, current } } };
	}
	if (replacement.kind === 'conflict') {
		const { version, current, offered } = replacement;
		const params = { version, current, offered };
		return { kind: 'conflict', problem: { kind: 'version-conflict', params } };
	}
	return undefined;
}

export type AppApproval =
	| { status: 'approved'; entry: PackMeetingApp }
	| { status: 'not-approved'; entry: PackMeetingApp }
	| { status: 'undecided' };

/** Whether the organisation approved an app the person uses. */
export function approvalOf(pack: PolicyPack | undefined, appId: string): AppApproval {
	const entry = pack?.meetingApps.find((app) => app.app === appId);
	if (!entry) return { status: 'undecided' };
	return entry.decision === 'approved'
		? { status: 'approved', entry }
		: { status: 'not-approved', entry };
}

/** What a policy changes, in numbers and names: the plain list shown before anyone follows it. */
export interface PackChanges {
	madeMust: number;
	madeShould: number;
	turnedOff: number;
	ownItems: number;
	approvedApps: PolicyPack['orgName'][];
	notApprovedApps: PolicyPack['orgName'][];
	helpDesks: number;
}

export function describePack(pack: PolicyPack): PackChanges {
	const overrides = Object.values(pack.overrides);
	const count = (value: string) => overrides.filter((o) => o === value).length;
	const names = (decision: PackMeetingApp['decision']) =>
		pack.meetingApps.filter((a) => a.decision === decision).map((a) => a.name);
	return {
		madeMust: count('must'),
		madeShould: count('should'),
		turnedOff: count('off'),
		ownItems: pack.extraItems.length,
		approvedApps: names('approved'),
		notApprovedApps: names('not-approved'),
		helpDesks: pack.helpDesk.length
	};
}
