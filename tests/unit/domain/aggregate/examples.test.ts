import { describe, expect, it } from 'vitest';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { aggregateReportSchema } from '$lib/domain/aggregate/report-schema';
import type { TeleworkContext } from '$lib/domain/engine/context';
import { newPolicyPack, type PolicyPack } from '$lib/domain/formats/policy-pack';
import { SUMMARY_FORMAT, type PostureSummary } from '$lib/domain/formats/summary';
import { buildChecklist } from '$lib/domain/engine/tiering';
import { localDate } from '$lib/domain/engine/freshness';
import { sealSync } from '../../../fixtures/aggregate/synthetic';
import { NOW, content } from './test-content';

const CONTEXT: TeleworkContext = {
	role: 'employee',
	ownership: 'issued',
	deviceType: 'pc',
	os: 'windows',
	networks: ['home-wifi'],
	places: ['own-room'],
	methods: ['vpn'],
	meetingApps: ['zoom', 'webex', 'line-meeting'],
	facts: {
		handlesPersonalData: false,
		printsAtHome: false,
		sharedDevice: false,
		externalMeetings: false
	}
};
const LIST = buildChecklist(content, CONTEXT);
const MUSTS = LIST.filter((r) => r.tier === 'must').map((r) => r.item);
const CHANGED = LIST.find((r) => r.item.updatedIn)!.item;
const OTHER_ROLE = content.items.find((i) => !i.roles.includes('employee'))!;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

type Answers = PostureSummary['answers'];
const done = (itemId: string, over: Partial<Answers[number]> = {}): Answers[number] => ({
	itemId,
	status: 'done',
	contentVersion: '2026.12.1',
	updatedAt: daysAgo(1),
	...over
});

function summary(
	n: number,
	answers: Answers,
	over: {
		revision?: number;
		createdAt?: string;
		department?: string;
		context?: TeleworkContext;
		ref?: string;
		/** Makes a version-2 summary. */
		v2?: { validUntil: string; orgId?: string; rulesVersion?: number };
	} = {}
): PostureSummary {
	const { v2 } = over;
	const org = v2?.orgId
		? { org: { orgId: v2.orgId, packVersion: 3, packFingerprint: 'AAAA-BBBB-CCCC' } }
		: {};
	const ack = v2?.rulesVersion ? { rulesAck: { version: v2.rulesVersion, at: daysAgo(2) } } : {};
	const version = v2
		? ({ formatVersion: 2, validUntil: v2.validUntil, ...org, ...ack } as const)
		: ({ formatVersion: 1 } as const);
	return sealSync({
		format: SUMMARY_FORMAT,
		...version,
		appVersion: '0.1.0',
		contentVersion: '2026.12.1',
		respondent: {
			id: `r-${n.toString(16).padStart(16, '0')}`,
			...(over.department ? { department: over.department } : {})
		},
		profile: { ref: over.ref ?? 'laptop', context: over.context ?? CONTEXT },
		answers,
		createdAt: over.createdAt ?? daysAgo(1),
		revision: over.revision ?? 1
	});
}

function aggregate(summaries: readonly PostureSummary[], pack?: PolicyPack) {
	const aggregator = createAggregator({ content, pack, now: NOW });
	for (const s of summaries) aggregator.add(s);
	return aggregateReportSchema.parse(aggregator.result());
}

const allMustsDone = () => MUSTS.map((i) => done(i.id));
const row = (report: ReturnType<typeof aggregate>, itemId: string) =>
	report.items.find((r) => r.itemId === itemId)!;

describe('how answers count', () => {
	it('an applicable item with no answer is "unanswered": open, listed for drill-down', () => {
		const [first, ...rest] = MUSTS;
		const report = aggregate([
			summary(
				1,
				rest.map((i) => done(i.id))
			)
		]);
		const item = row(report, first!.id);
		expect(item.counts.unanswered).toBe(1);
		expect(item.open).toBe(1);
		expect(item.drillDown.unanswered).toEqual(['r-0000000000000001/laptop']);
		expect(report.mustCoverage.allDone).toBe(0);
	});

	it('an answer to an item that does not apply here is left out', () => {
		const report = aggregate([summary(1, [...allMustsDone(), done(OTHER_ROLE.id)])]);
		expect(report.items.some((r) => r.itemId === OTHER_ROLE.id)).toBe(false);
		expect(report.mustCoverage.allDone).toBe(1);
	});

	it('a stale "done" (item changed since, or re-check overdue) counts as open', () => {
		const answers = [
			done(CHANGED.id, { contentVersion: '2026.11.1' }),
			...allMustsDone().filter((a) => a.itemId !== CHANGED.id)
		];
		answers[1] = { ...answers[1]!, updatedAt: daysAgo(91) };
		const report = aggregate([summary(1, answers)]);
		expect(row(report, CHANGED.id).counts.changed).toBe(1);
		expect(row(report, answers[1].itemId).counts.due).toBe(1);
		expect(report.stale).toMatchObject({ profiles: 1, changed: 1, due: 1 });
		expect(row(report, CHANGED.id).drillDown.stale).toEqual(['r-0000000000000001/laptop']);
	});

	it("the pack's re-check interval decides when a done answer is due", () => {
		const answers = allMustsDone().map((a) => ({ ...a, updatedAt: daysAgo(20) }));
		const pack = { ...newPolicyPack('acme', { ja: 'A', en: 'A' }, daysAgo(30)), recheckDays: 14 };
		expect(aggregate([summary(1, answers)]).mustCoverage.allDone).toBe(1);
		expect(aggregate([summary(1, answers)], pack).mustCoverage.allDone).toBe(0);
	});
});

describe('waivers', () => {
	it('counts running and expired waivers with their first and last end dates', () => {
		const item = MUSTS[0]!.id;
		const waiver = (until: string) =>
			done(item, { status: 'waiver', waiverUntil: until, updatedAt: daysAgo(5) });
		const report = aggregate([
			summary(1, [waiver('2026-12-01')]),
			summary(2, [waiver('2027-01-31')]),
			summary(3, [waiver('2027-03-01')])
		]);
		expect(report.waivers).toEqual([
			{
				itemId: item,
				count: 3,
				active: 2,
				expired: 1,
				earliestUntil: '2026-12-01',
				latestUntil: '2027-03-01'
			}
		]);
		expect(row(report, item).counts).toMatchObject({ waived: 2, due: 1 });
	});
});

describe('respondents', () => {
	it('keeps the latest revision; two different files with the same top revision count for nobody', () => {
		const old = summary(1, [], { revision: 1 });
		const a = summary(2, allMustsDone(), { revision: 2 });
		const b = summary(2, [], { revision: 2 });
		const report = aggregate([old, summary(1, allMustsDone(), { revision: 2 }), a, b]);
		expect(report.totals).toEqual({
			profiles: 1,
			respondents: 1,
			conflicts: ['r-0000000000000002/laptop']
		});
		expect(report.mustCoverage.allDone).toBe(1);
		const resolved = aggregate([a, b, summary(2, [], { revision: 3 })]);
		expect(resolved.totals.conflicts).toEqual([]);
	});

	it("sorts people into current, due soon and expired by the device due first, capping a file's own date", () => {
		const inDays = (days: number) => localDate(new Date(NOW.getTime() + days * 86_400_000));
		const report = aggregate([
			summary(1, [], { createdAt: daysAgo(120) }), // 90-day interval: expired 30 days ago
			summary(2, [], { createdAt: daysAgo(95) }), // expired 5 days ago
			summary(3, [], { createdAt: daysAgo(10) }), // current for 80 more days
			summary(4, [], { createdAt: daysAgo(80) }), // 10 days left: due soon (14-day window)
			summary(5, [], { createdAt: daysAgo(1), v2: { validUntil: inDays(3) } }), // its own date
			summary(6, [], { createdAt: daysAgo(100), v2: { validUntil: '2099-01-01' } }), // capped
			summary(7, [], { createdAt: daysAgo(1) }),
			summary(7, [], { createdAt: daysAgo(100), ref: 'phone' }) // the phone is 10 days over
		]);
		const { due, ...counts } = report.attestation;
		expect(counts).toEqual({ current: 1, dueSoon: 2, expired: 4 });
		expect(due.map((d) => [d.respondentId.slice(-1), d.state, d.devices])).toEqual([
			['1', 'expired', 1],
			['6', 'expired', 1],
			['7', 'expired', 2],
			['2', 'expired', 1],
			['5', 'due-soon', 1],
			['4', 'due-soon', 1]
		]);
		expect(due[4]!.validUntil).toBe(inDays(3));
		expect(due[2]!.lastReportedAt).toBe(daysAgo(1));
	});

	it("counts who acknowledged the policy's current rules, once per person", () => {
		const pack: PolicyPack = {
			...newPolicyPack('acme', { ja: 'A', en: 'A' }, daysAgo(30)),
			packVersion: 3,
			rules: { text: { ja: 'きまり', en: 'Rules' }, version: 3 }
		};
		const v2 = (orgId: string, rulesVersion?: number) => ({
			v2: { validUntil: '2099-01-01', orgId, ...(rulesVersion ? { rulesVersion } : {}) }
		});
		const report = aggregate(
			[
				summary(1, [], v2('acme', 3)),
				summary(2, [], v2('acme', 2)), // an older version
				summary(3, [], v2('other-org', 3)), // another organisation's rules
				summary(4, [], { createdAt: daysAgo(1) }), // a version-1 file carries none
				summary(5, [], v2('acme')),
				summary(5, [], { ...v2('acme', 4), ref: 'phone' }) // a later version counts
			],
			pack
		);
		expect(report.rules).toEqual({
			version: 3,
			respondents: 5,
			acknowledged: 2,
			notAcknowledged: ['r-0000000000000002', 'r-0000000000000003', 'r-0000000000000004']
		});
		expect(aggregate([summary(1, [])]).rules).toBeNull();
	});
});

describe('meeting apps', () => {
	it("sets the apps in use against the pack's decisions: not approved first", () => {
		const app = (id: string, decision: 'approved' | 'not-approved') => ({
			app: id,
			name: { ja: id, en: id },
			decision,
			verdict: 'recommended' as const,
			settings: [],
			vettedAt: '2026-11-01'
		});
		const pack = {
			...newPolicyPack('acme', { ja: 'A', en: 'A' }, daysAgo(30)),
			meetingApps: [app('zoom', 'approved'), app('webex', 'not-approved')]
		};
		const report = aggregate([summary(1, []), summary(2, [])], pack);
		expect(report.meetingApps).toEqual([
			{ app: 'webex', status: 'not-approved', profiles: 2, respondents: 2 },
			{ app: 'line-meeting', status: 'undecided', profiles: 2, respondents: 2 },
			{ app: 'zoom', status: 'approved', profiles: 2, respondents: 2 }
		]);
	});
});

describe('breakdowns', () => {
	const people = (from: number, count: number, over: Parameters<typeof summary>[2]) =>
		Array.from({ length: count }, (_, i) => summary(from + i, allMustsDone(), over));
	const personal = { ...CONTEXT, ownership: 'personal' as const };

	it('hides groups under the minimum size (5 without a pack)', () => {
		const report = aggregate([
			...people(1, 5, { department: '営業部' }),
			...people(10, 4, { department: '総務部' }),
			...people(20, 3, { department: '経理部' }),
			...people(30, 6, { department: '開発部' })
		]);
		const departments = report.breakdowns.find((b) => b.dimension === 'department')!;
		expect(departments.groups.map((g) => [g.value, g.profiles])).toEqual([
			['営業部', 5],
			['開発部', 6]
		]);
	});

	it('hides one more group where the total would give a hidden one away', () => {
		const ownership = (summaries: PostureSummary[]) =>
			aggregate(summaries).breakdowns.find((b) => b.dimension === 'ownership')!.groups;
		// 6 issued + 2 personal: showing "issued 6" of 8 would tell "personal 2".
		expect(ownership([...people(1, 6, {}), ...people(10, 2, { context: personal })])).toEqual([]);
		expect(ownership([...people(1, 6, {}), ...people(10, 5, { context: personal })]).length).toBe(
			2
		);
	});
});
