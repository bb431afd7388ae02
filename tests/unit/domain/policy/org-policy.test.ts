import { describe, expect, it } from 'vitest';
import { FINGERPRINT_PATTERN, fingerprint } from '$lib/domain/formats/canonical';
import { newPolicyPack, type PackMeetingApp } from '$lib/domain/formats/policy-pack';
import {
	approvalOf,
	comparePacks,
	describePack,
	hasUnpublishedChanges,
	nextPackVersion,
	publishDraft,
	withMeetingApp
} from '$lib/domain/policy/org-policy';
import type { PackRecord } from '$lib/domain/policy/pack-record';

const base = newPolicyPack('example-corp', { ja: '例', en: 'Example' }, '2026-11-24T00:00:00.000Z');
/** The admin's draft, last published as `publishedVersion` (0: never). */
const draftAt = (publishedVersion: number): PackRecord => ({
	slot: 'draft',
	pack: base,
	publishedVersion,
	savedAt: base.issuedAt
});
const zoom: PackMeetingApp = {
	app: 'zoom',
	name: { ja: 'Zoom', en: 'Zoom' },
	decision: 'approved',
	verdict: 'allowed-with-settings',
	settings: [],
	vettedAt: '2026-11-24'
};

describe('organisation policy', () => {
	it('records one decision per app, the latest replacing the earlier', () => {
		const once = withMeetingApp(base, zoom);
		const again = withMeetingApp(once, { ...zoom, decision: 'not-approved' });
		expect(again.meetingApps).toEqual([{ ...zoom, decision: 'not-approved' }]);
		expect(base.meetingApps).toEqual([]);
	});

	it('publishes the draft as the next version, stamped now', () => {
		const published = publishDraft(draftAt(4), undefined, '2026-12-01T09:00:00.000Z');
		expect(published).toMatchObject({ packVersion: 5, issuedAt: '2026-12-01T09:00:00.000Z' });
	});

	it('gives the rules a new version only when their text changed', () => {
		const now = '2026-12-01T09:00:00.000Z';
		const text = { ja: '会社のPCで仕事をします。', en: 'Work on the company PC.' };
		const withRules = (t: typeof text, version = 1): PackRecord => ({
			...draftAt(4),
			pack: { ...base, packVersion: 4, rules: { text: t, version } }
		});
		// First published with rules: they take the new pack version.
		const first = publishDraft(withRules(text), undefined, now);
		expect(first).toMatchObject({ packVersion: 5, rules: { text, version: 5 } });
		// Published again with another phone number: the rules keep version 5.
		const again = publishDraft({ ...withRules(text, 5), publishedVersion: 5 }, first, now);
		expect(again).toMatchObject({ packVersion: 6, rules: { version: 5 } });
		// A changed sentence: version 7 is acknowledged anew.
		const edited = { ...text, en: 'Work on the company PC only.' };
		const changed = publishDraft({ ...withRules(edited, 5), publishedVersion: 6 }, again, now);
		expect(changed).toMatchObject({ packVersion: 7, rules: { text: edited, version: 7 } });
		// Another organisation's rules never lend their version.
		const other = { ...first, orgId: 'other-corp' };
		expect(publishDraft(withRules(text), other, now).rules?.version).toBe(5);
	});

	it('offers publishing only when the draft differs from its published version', () => {
		const draft = draftAt(0);
		expect(hasUnpublishedChanges(draft, undefined)).toBe(true);
		const v1 = publishDraft(draft, undefined, '2026-12-01T09:00:00.000Z');
		const justPublished = { ...draft, pack: v1, publishedVersion: 1 };
		expect(hasUnpublishedChanges(justPublished, v1)).toBe(false);
		// The same content with the keys in another order and a later save date is still the same.
		const reversed = Object.fromEntries(Object.entries(v1).reverse()) as typeof v1;
		const reordered = { ...justPublished, pack: reversed, savedAt: '2026-12-02T00:00:00.000Z' };
		expect(hasUnpublishedChanges(reordered, v1)).toBe(false);
		expect(hasUnpublishedChanges({ ...justPublished, pack: { ...v1, recheckDays: 30 } }, v1)).toBe(
			true
		);
		expect(hasUnpublishedChanges({ ...justPublished, pack: withMeetingApp(v1, zoom) }, v1)).toBe(
			true
		);
		// This device follows another organisation's policy: nothing to compare with, so offer it.
		expect(hasUnpublishedChanges(justPublished, { ...v1, orgId: 'other-corp' })).toBe(true);
		expect(hasUnpublishedChanges(justPublished, { ...v1, packVersion: 2 })).toBe(true);
	});

	it('a newer version replaces, an older one is refused, another org asks first', async () => {
		const v3 = { ...base, packVersion: 3 };
		expect(await comparePacks(undefined, v3)).toEqual({ kind: 'new' });
		expect(await comparePacks(v3, { ...base, packVersion: 4 })).toEqual({
			kind: 'newer',
			from: 3,
			to: 4
		});
		expect(await comparePacks(v3, { ...base, packVersion: 2 })).toEqual({
			kind: 'older',
			current: 3,
			offered: 2
		});
		// The same content, its keys in another order, is the same version.
		const reordered = Object.fromEntries(Object.entries(v3).reverse()) as typeof v3;
		expect(await comparePacks(v3, reordered)).toEqual({ kind: 'same' });
		expect(await comparePacks(v3, { ...v3, orgId: 'other-corp' })).toEqual({
			kind: 'other-org',
			currentOrg: base.orgName
		});
	});

	it('the same version with other content is a conflict, with both check codes', async () => {
		const desk = { name: { ja: '情シス', en: 'IT desk' }, phone: '03-0000-0000' };
		const v3 = { ...base, packVersion: 3, helpDesk: [desk] };
		const changed = { ...v3, helpDesk: [{ ...desk, phone: '03-9999-9999' }] };
		const replacement = await comparePacks(v3, changed);
		expect(replacement).toEqual({
			kind: 'conflict',
			version: 3,
			current: await fingerprint(v3),
			offered: await fingerprint(changed)
		});
		if (replacement.kind !== 'conflict') return;
		expect(replacement.current).toMatch(FINGERPRINT_PATTERN);
		expect(replacement.offered).not.toBe(replacement.current);
		// Published again on another day, even unchanged, it is another version 3 too.
		const reissued = { ...v3, issuedAt: '2026-12-24T00:00:00.000Z' };
		expect((await comparePacks(v3, reissued)).kind).toBe('conflict');
	});

	it("publishing numbers past the version this device follows, so an admin's two devices never make two different version 3s", () => {
		const draft = draftAt(2);
		const now = '2026-12-01T09:00:00.000Z';
		const followed = { ...base, packVersion: 3 };
		expect(nextPackVersion(draft, followed)).toBe(4);
		expect(publishDraft(draft, followed, now).packVersion).toBe(4);
		expect(nextPackVersion(draft, { ...followed, orgId: 'other-corp' })).toBe(3);
		expect(nextPackVersion(draft, { ...base, packVersion: 1 })).toBe(3);
		expect(nextPackVersion(draft, undefined)).toBe(3);
	});

	it('tells whether an app is approved, not approved or not decided', () => {
		const pack = withMeetingApp(withMeetingApp(base, zoom), {
			...zoom,
			app: 'line',
			decision: 'not-approved'
		});
		expect(approvalOf(pack, 'zoom')).toEqual({ status: 'approved', entry: zoom });
		expect(approvalOf(pack, 'line').status).toBe('not-approved');
		expect(approvalOf(pack, 'webex')).toEqual({ status: 'undecided' });
		expect(approvalOf(undefined, 'zoom')).toEqual({ status: 'undecided' });
	});
});

describe('what a policy changes', () => {
	it('counts overrides, own items and help desks, and names the apps decided', () => {
		const pack = withMeetingApp(
			withMeetingApp({ ...base, overrides: { a: 'must', b: 'must', c: 'off', d: 'should' } }, zoom),
			{ ...zoom, app: 'line', name: { ja: 'LINE', en: 'LINE' }, decision: 'not-approved' }
		);
		expect(describePack(pack)).toEqual({
			madeMust: 2,
			madeShould: 1,
			turnedOff: 1,
			ownItems: 0,
			approvedApps: [zoom.name],
			notApprovedApps: [{ ja: 'LINE', en: 'LINE' }],
			helpDesks: 0
		});
	});
});
