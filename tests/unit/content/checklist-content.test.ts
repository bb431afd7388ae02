import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type Content } from '$lib/domain/content/compile';
import { renderOverview, tierCounts } from '$lib/domain/content/overview';
import type { Traceability } from '$lib/domain/content/traceability';
import { singleValueContexts } from '$lib/domain/context-combinations';
import { itemApplies, resolveTier } from '$lib/domain/rules';
import { readChecklistFiles } from '$lib/node/read-checklists';

// Checks of the real content in checklists/ (the schema itself is tested with fixtures).
let content: Content;
let traceability: Traceability;

beforeAll(async () => {
	const result = compileContent(await readChecklistFiles('checklists'));
	if (!result.ok) throw new Error(result.issues.map((i) => JSON.stringify(i)).join('\n'));
	content = result.content;
	if (!result.traceability) throw new Error('checklists/traceability.yaml is missing');
	traceability = result.traceability;
});

const byRole = (role: string) => content.items.filter((i) => i.roles.includes(role as never));

describe('the checklist content', () => {
	it('has enough items for every role', () => {
		expect(byRole('employee').length).toBeGreaterThanOrEqual(60);
		expect(byRole('admin').length).toBeGreaterThanOrEqual(30);
		expect(byRole('owner').length).toBeGreaterThanOrEqual(15);
	});

	it('gives every employee context a MUST list of 8 to 30 items, without contradictory tiers', () => {
		const employeeItems = byRole('employee');
		let contexts = 0;
		for (const context of singleValueContexts('employee')) {
			contexts++;
			const { must } = tierCounts(employeeItems, context);
			if (must < 8 || must > 30) {
				expect.fail(`${must} MUST items in ${JSON.stringify(context)}`);
			}
			for (const item of employeeItems) {
				if (!itemApplies(item, context)) continue;
				const { conflicts } = resolveTier(item, context);
				if (conflicts.length > 0)
					expect.fail(`${item.id} has contradictory tiers in ${JSON.stringify(context)}`);
			}
		}
		expect(contexts).toBe(46_080);
	});

	it('uses every category, and only categories that exist', () => {
		const used = new Set(content.items.map((i) => i.category));
		expect([...used].sort()).toEqual(content.categories.map((c) => c.id).sort());
	});

	it('gives every item that can be MUST concrete steps, not vague advice', () => {
		const vague = /appropriate|as needed|適切な|適宜|必要に応じて/i;
		for (const item of content.items) {
			const canBeMust = item.tier === 'must' || item.tierRules?.some((r) => r.tier === 'must');
			const steps = [...item.how, ...Object.values(item.howByOs ?? {}).flat()];
			for (const step of steps) {
				expect(vague.test(step.en) || vague.test(step.ja), `${item.id}: "${step.en}"`).toBe(false);
			}
			if (canBeMust) expect(item.how.length, item.id).toBeGreaterThanOrEqual(2);
		}
	});

	it('keeps every published id: removing one requires retiring it', () => {
		const published = readFileSync('checklists/item-ids.txt', 'utf8').split('\n').filter(Boolean);
		const current = new Set(content.items.map((i) => i.id));
		const retired = new Set(content.retiredIds);
		for (const id of published) {
			expect(current.has(id) || retired.has(id), `${id} vanished without being retired`).toBe(true);
		}
		// New ids are recorded by `npm run content:report`.
		expect([...current].filter((id) => !published.includes(id))).toEqual([]);
		expect(new Set(published).size).toBe(published.length);
	});

	it('traces every seed point to items or app features', () => {
		const traced = traceability.seedPoints.map((p) => p.id).sort();
		const seedFile = '../shared/design/SEED-POINTS.md';
		// The source list lives outside the repo; where it is present, it must match exactly.
		if (existsSync(seedFile)) {
			const ids = [
				...new Set(readFileSync(seedFile, 'utf8').match(/SP-[A-Z0-9]+(?:-[A-Z0-9]+)*/g))
			];
			expect(traced).toEqual(ids.sort());
		}
		expect(traced.length).toBeGreaterThanOrEqual(29);
	});

	it('has a current overview page (run `npm run content:report` after editing)', () => {
		expect(readFileSync('checklists/OVERVIEW.md', 'utf8')).toBe(renderOverview(content));
	});
});
