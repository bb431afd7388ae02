import { describe, expect, it } from 'vitest';
import { newPolicyPack, type PackMeetingApp } from '$lib/domain/formats/policy-pack';
import {
	approvalOf,
	comparePacks,
	describePack,
	hasUnpublishedChanges,
	publishDraft,
	withMeetingApp
} from '$lib/domain/org-policy';

const base = newPolicyPack('example-corp', { ja: '例', en: 'Example' }, '2026-11-24T00:00:00.000Z');
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
		const published = publishDraft(
			{ slot: 'draft', pack: base, publishedVersion: 4, savedAt: base.issuedAt },
			'2026-12-01T09:00:00.000Z'
		);
		expect(published).toMatchObject({ packVersion: 5, issuedAt: '2026-12-01T09:00:00.000Z' });
	});

	it('offers publishing only when the draft differs from its published version', () => {
		const draft = {
			slot: 'draft' as const,
			pack: base,
			publishedVersion: 0,
			savedAt: base.issuedAt
		};
		expect(hasUnpublishedChanges(draft, undefined)).toBe(true);
		const v1 = publishDraft(draft, '2026-12-01T09:00:00.000Z');
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

	it('a newer version replaces, an older one is refused, another org asks first', () => {
		const v3 = { ...base, packVersion: 3 };
		expect(comparePacks(undefined, v3)).toEqual({ kind: 'new' });
		expect(comparePacks(v3, { ...base, packVersion: 4 })).toEqual({
			kind: 'newer',
			from: 3,
			to: 4
		});
		expect(comparePacks(v3, { ...base, packVersion: 2 })).toEqual({
			kind: 'older',
			current: 3,
			offered: 2
		});
		expect(comparePacks(v3, v3)).toEqual({ kind: 'same' });
		expect(comparePacks(v3, { ...v3, orgId: 'other-corp' })).toEqual({
			kind: 'other-org',
			currentOrg: base.orgName
		});
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
