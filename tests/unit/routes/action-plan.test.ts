import { describe, expect, it } from 'vitest';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { newPolicyPack } from '$lib/domain/formats/policy-pack';
import { SUMMARY_FORMAT, type PostureSummary } from '$lib/domain/formats/summary';
import type { Locale } from '$lib/domain/shared/locale';
import { context } from '$lib/i18n/features/context';
import { dashboard } from '$lib/i18n/features/dashboard';
import { dashboardCover } from '$lib/i18n/features/dashboard-cover';
import { shell } from '$lib/i18n/features/shell';
import { translator } from '$lib/i18n/messages';
import { actionPlanText, type PlanLocale } from '../../../src/routes/dashboard/action-plan';
import { sealSync } from '../../fixtures/aggregate/synthetic';
import { NOW, content } from '../domain/aggregate/test-content';

const planLocale = (current: Locale): PlanLocale => ({
	current,
	t: translator(current, shell, dashboard, dashboardCover, context),
	formatDate: (iso) => iso.slice(0, 10)
});

// An organisation's own item as a hostile policy could write it: markup that Markdown and HTML
// viewers turn into links and images, line breaks that would start lines of the plan's own, and
// a right-to-left override that would make "exe.gpj" read "jpg.exe".
const HOSTILE_TITLE =
	'<a href="javascript:alert(1)">Click</a> [here](javascript:alert(2)) ![x](https://evil.example/p.png)\n\n# Heading\n2. [Must] fake item \u202eexe.gpj';
const HOSTILE_STEP = 'Open <javascript:alert(3)>\r\nthen [x]: javascript:alert(4)\u2028done';

function hostilePlan(current: Locale): string {
	const base = content.items.find((i) => !i.appliesWhen && i.roles.includes('employee'))!;
	const item = {
		...base,
		id: 'org-hostile',
		tier: 'must' as const,
		title: { ja: HOSTILE_TITLE, en: HOSTILE_TITLE },
		how: [{ ja: HOSTILE_STEP, en: HOSTILE_STEP }]
	};
	const orgName = { ja: '[Acme](javascript:x)\n# 株式会社', en: '[Acme](javascript:x)\n# Ltd' };
	const pack = { ...newPolicyPack('acme', orgName, NOW.toISOString()), extraItems: [item] };
	// Only the organisation's item, so that it is the one gap the plan lists.
	const aggregator = createAggregator({ content: { ...content, items: [] }, pack, now: NOW });
	for (let n = 0; n < 2; n++) aggregator.add(summary(n));
	const itemById = new Map([[item.id, item]]);
	return actionPlanText(aggregator.result(), itemById, orgName[current], planLocale(current));
}

function summary(n: number): PostureSummary {
	return sealSync({
		format: SUMMARY_FORMAT,
		formatVersion: 1, // the counting is the same for both versions
		appVersion: '0.1.0',
		contentVersion: '2026.12.1',
		respondent: { id: `r-${n.toString(16).padStart(16, '0')}` },
		profile: {
			ref: 'pc',
			context: {
				role: 'employee',
				ownership: 'issued',
				deviceType: 'pc',
				os: 'windows',
				networks: ['home-wifi'],
				places: ['own-room'],
				methods: [],
				meetingApps: [],
				facts: {
					handlesPersonalData: false,
					printsAtHome: false,
					sharedDevice: false,
					externalMeetings: false
				}
			}
		},
		answers: [],
		createdAt: NOW.toISOString(),
		revision: 1
	});
}

describe("the action plan keeps an organisation's words as plain text", () => {
	it('writes a hostile item title and step as one inert line each (hand-written lines)', () => {
		const lines = hostilePlan('en').split('\n');
		expect(lines.slice(0, 1)).toEqual([
			'［Acme］(javascript:x) # Ltd: telework security action plan'
		]);
		const entry = lines.indexOf(
			'1. [Must] ＜a href="javascript:alert(1)"＞Click＜/a＞ ［here］(javascript:alert(2)) !［x］(https://evil.example/p.png) # Heading 2. ［Must］ fake item \ufffdexe.gpj'
		);
		expect(entry).toBe(4);
		expect(lines[entry + 2]).toBe(
			'   - Open ＜javascript:alert(3)＞ then ［x］: javascript:alert(4) done'
		);
	});

	it('leaves no tag, link, image, line of its own or direction override, in either language', () => {
		for (const lang of ['ja', 'en'] as const) {
			const plan = hostilePlan(lang);
			expect(plan).not.toMatch(/[<>]|\]\(|\]:|[\u202a-\u202e\u2066-\u2069\u2028\r]/u);
			expect(plan.split('\n').filter((line) => /^\s*(#|\d+\.)/.test(line))).toHaveLength(1);
		}
	});
});
