import type { ItemCatalog } from './checklist-cache.ts';
import { compareText } from './compare-text.ts';
import { percentOf } from './percent.ts';
import type { ProfileRecord } from './profile-record.ts';
import { OPEN_OUTCOMES, OUTCOMES, type ItemRow, type Outcome } from './report-schema.ts';

const DRILL_DOWN: Partial<Record<Outcome, keyof ItemRow['drillDown']>> = {
	notYet: 'notYet',
	unknown: 'unknown',
	changed: 'stale',
	due: 'stale',
	unanswered: 'unanswered'
};

interface Tally {
	counts: number[];
	mustProfiles: number;
	drillDown: ItemRow['drillDown'];
}

function newTally(): Tally {
	return {
		counts: OUTCOMES.map(() => 0),
		mustProfiles: 0,
		drillDown: { notYet: [], unknown: [], stale: [], unanswered: [] }
	};
}

function toRow(catalog: ItemCatalog, index: number, tally: Tally): ItemRow {
	const item = catalog.items[index]!;
	const counts = Object.fromEntries(OUTCOMES.map((o, i) => [o, tally.counts[i]!])) as Record<
		Outcome,
		number
	>;
	const applicable = tally.counts.reduce((a, b) => a + b, 0);
	const open = OPEN_OUTCOMES.reduce((sum, o) => sum + counts[o], 0);
	const counted = applicable - counts.notApplicable - counts.waived;
	return {
		itemId: item.id,
		title: { ja: item.title.ja, en: item.title.en },
		category: item.category,
		tier: tally.mustProfiles > 0 ? 'must' : 'should',
		mustProfiles: tally.mustProfiles,
		applicable,
		counts,
		open,
		openPercent: percentOf(open, applicable),
		donePercent: percentOf(counts.done, counted, 100),
		drillDown: tally.drillDown
	};
}

/** MUST first, then the largest open share (exact, not the rounded percent), then the most asked. */
function worstFirst(a: ItemRow, b: ItemRow): number {
	return (
		(a.tier === b.tier ? 0 : a.tier === 'must' ? -1 : 1) ||
		b.open * a.applicable - a.open * b.applicable ||
		b.applicable - a.applicable ||
		compareText(a.itemId, b.itemId)
	);
}

/**
 * Per item, over the profiles it applies to: each outcome, the open share and who is open
 * (records come sorted by key, so the drill-down lists are too). Items that apply to nobody
 * are left out.
 */
export function itemRows(catalog: ItemCatalog, records: readonly ProfileRecord[]): ItemRow[] {
	const tallies: (Tally | undefined)[] = [];
	for (const record of records) {
		const { catalogIndex, tiers } = record.checklist;
		record.outcomes.forEach((code, position) => {
			const index = catalogIndex[position]!;
			const tally = (tallies[index] ??= newTally());
			tally.counts[code]! += 1;
			if (tiers[position] === 'must') tally.mustProfiles += 1;
			const list = DRILL_DOWN[OUTCOMES[code]!];
			if (list) tally.drillDown[list].push(record.key);
		});
	}
	return tallies
		.flatMap((tally, index) => (tally ? [toRow(catalog, index, tally)] : []))
		.sort(worstFirst);
}
