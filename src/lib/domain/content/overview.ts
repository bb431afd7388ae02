import type { TeleworkContext } from '../engine/context.ts';
import { singleValueContexts } from '../engine/context-combinations.ts';
import { itemApplies, resolveTier } from '../engine/rules.ts';
import type { ChecklistContent } from './compile.ts';
import type { Item } from './item-schema.ts';
import { describeCondition, seedTable } from './seed-table.ts';
import type { Traceability } from './traceability.ts';
import { ROLES, TIERS, type Role } from './vocabulary.ts';

export interface TierCounts {
	must: number;
	should: number;
}

/** MUST and SHOULD counts of the items that apply in one context. */
export function tierCounts(items: readonly Item[], context: TeleworkContext): TierCounts {
	const counts: TierCounts = { must: 0, should: 0 };
	for (const item of items)
		if (itemApplies(item, context)) counts[resolveTier(item, context).tier]++;
	return counts;
}

export interface Span {
	min: number;
	max: number;
}

export interface MustRange extends Span {
	contexts: number;
	/** The middle MUST count (the lower middle of an even number of contexts). */
	median: number;
	minContext?: TeleworkContext;
	maxContext?: TeleworkContext;
	/** MUST and SHOULD spans over the contexts that share one axis value, e.g. `networks=public-wifi`. */
	byAxisValue: Map<string, { must: Span; should: Span }>;
}

function widen(span: Span | undefined, value: number): Span {
	return span
		? { min: Math.min(span.min, value), max: Math.max(span.max, value) }
		: { min: value, max: value };
}

/** The axis values a single-value context stands for, as `axis=value` labels. */
function axisValues(context: TeleworkContext): string[] {
	return [
		`ownership=${context.ownership}`,
		`os=${context.deviceType}/${context.os}`,
		`networks=${context.networks[0]}`,
		`places=${context.places[0]}`,
		`methods=${context.methods[0] ?? 'unknown'}`,
		...Object.entries(context.facts).map(([fact, on]) => `${fact}=${on ? 'yes' : 'no'}`)
	];
}

/** The smallest and largest MUST list over every single-value context of a role. */
export function mustRange(content: ChecklistContent, role: Role = 'employee'): MustRange {
	const range: MustRange = {
		contexts: 0,
		min: Infinity,
		max: -Infinity,
		median: 0,
		byAxisValue: new Map()
	};
	const items = content.items.filter((i) => i.roles.includes(role));
	const counts: number[] = [];
	for (const context of singleValueContexts(role)) {
		const { must, should } = tierCounts(items, context);
		counts.push(must);
		range.contexts++;
		if (must < range.min) [range.min, range.minContext] = [must, context];
		if (must > range.max) [range.max, range.maxContext] = [must, context];
		for (const key of axisValues(context)) {
			const seen = range.byAxisValue.get(key);
			range.byAxisValue.set(key, {
				must: widen(seen?.must, must),
				should: widen(seen?.should, should)
			});
		}
	}
	counts.sort((a, b) => a - b);
	range.median = counts[Math.floor((counts.length - 1) / 2)] ?? 0;
	return range;
}

function axisTable(range: MustRange): string[] {
	const span = ({ min, max }: Span) => (min === max ? `${min}` : `${min}–${max}`);
	return [
		'| Context value | MUST items | SHOULD items |',
		'|---|---|---|',
		...[...range.byAxisValue]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, { must, should }]) => `| ${key} | ${span(must)} | ${span(should)} |`)
	];
}

function describeContext(context: TeleworkContext | undefined): string {
	if (!context) return '–';
	const facts = Object.entries(context.facts)
		.filter(([, on]) => on)
		.map(([fact]) => fact);
	return [
		context.ownership,
		`${context.deviceType}/${context.os}`,
		context.networks.join(','),
		context.places.join(','),
		context.methods.join(',') || 'method unknown',
		facts.length ? facts.join(',') : 'no facts'
	].join(' · ');
}

function itemRules(item: Item): string {
	const parts: string[] = [];
	if (item.appliesWhen)
		parts.push(`applies when ${item.appliesWhen.map(describeCondition).join('; or ')}`);
	if (item.exceptWhen) parts.push(`except ${item.exceptWhen.map(describeCondition).join('; or ')}`);
	for (const rule of item.tierRules ?? [])
		parts.push(
			`${rule.tier.toUpperCase()} when ${describeCondition(rule.when)}${rule.seed ? ` (${rule.seed})` : ''}`
		);
	return parts.join('. ') || 'always';
}

function itemSection(item: Item): string[] {
	const lines = [
		`#### ${item.title.en} / ${item.title.ja}`,
		'',
		`\`${item.id}\` · base tier ${item.tier.toUpperCase()} · ${itemRules(item)} · threats: ${item.threats.join(', ')} · ${item.effortMinutes} min${item.recheckDays ? ` · re-check every ${item.recheckDays} days` : ''}`,
		'',
		`- **Why:** ${item.why.en}`,
		`- **なぜ:** ${item.why.ja}`,
		`- **How:** ${item.how.map((s, i) => `(${i + 1}) ${s.en}`).join(' ')}`,
		`- **やり方:** ${item.how.map((s, i) => `(${i + 1}) ${s.ja}`).join(' ')}`
	];
	for (const [os, steps] of Object.entries(item.howByOs ?? {})) {
		lines.push(`- **${os}:** ${steps.map((s, i) => `(${i + 1}) ${s.en}`).join(' ')}`);
	}
	lines.push(
		`- **Sources:** ${item.sources.map((s) => `[${s.title}](${s.url}) (${s.asOf})`).join('; ')}`,
		''
	);
	return lines;
}

/**
 * The whole checklist on one Markdown page for reviewers: every item by role, category and
 * tier with its context rules, and the MUST/SHOULD counts over all employee contexts.
 */
export function renderOverview(content: ChecklistContent, traceability?: Traceability): string {
	const range = mustRange(content);
	const lines = [
		'<!-- Generated by `npm run content:report` from checklists/*.yaml. Do not edit by hand. -->',
		'',
		`# Telework Check content ${content.contentVersion}: overview`,
		'',
		'| Role | MUST (base) | SHOULD (base) | Total |',
		'|---|---|---|---|'
	];
	for (const role of ROLES) {
		const items = content.items.filter((i) => i.roles.includes(role));
		const must = items.filter((i) => i.tier === 'must').length;
		lines.push(`| ${role} | ${must} | ${items.length - must} | ${items.length} |`);
	}
	lines.push(
		'',
		'Base tiers only; tier rules promote items to MUST in some contexts (below).',
		'',
		'## MUST items per employee context',
		'',
		`Over ${range.contexts} employee contexts (one value per axis, each fact on and off, impossible device/OS pairs left out):`,
		`the MUST list has **${range.min} to ${range.max}** items (median ${range.median}).`,
		'',
		`- Fewest: ${describeContext(range.minContext)}`,
		`- Most: ${describeContext(range.maxContext)}`,
		'',
		'The counts over the contexts that share one value (all other axes varying):',
		'',
		...axisTable(range),
		''
	);
	if (traceability) {
		lines.push(
			'## Seed points: items and their tiers',
			'',
			'Each seed point of SEED-POINTS.md, the items that answer it, and their tier in the situations the point names',
			'(the tier rules that cite it), with how many of the employee contexts where the item applies make it MUST.',
			'',
			...seedTable(content, traceability),
			''
		);
	}
	for (const role of ROLES) {
		lines.push(`## ${role}`, '');
		for (const category of content.categories) {
			const items = content.items.filter(
				(i) => i.roles.includes(role) && i.category === category.id
			);
			if (items.length === 0) continue;
			lines.push(`### ${category.name.en} / ${category.name.ja}`, '');
			for (const tier of TIERS) {
				for (const item of items.filter((i) => i.tier === tier)) lines.push(...itemSection(item));
			}
		}
	}
	return `${lines.join('\n').trimEnd()}\n`;
}
