import type { ChecklistContent } from '../content/compile.ts';
import { summaryKey } from '../formats/import-summaries.ts';
import { DEFAULT_RECHECK_DAYS, type PolicyPack } from '../formats/policy-pack.ts';
import type { PostureSummary } from '../formats/summary.ts';
import { buildReport } from './build-report.ts';
import { checklistCache, itemCatalog, type ContextChecklist } from './checklist-cache.ts';
import { mustAllDoneAt, profileRecord, type ProfileRecord } from './profile-record.ts';
import type { AggregateReport } from './report-schema.ts';
import type { Received } from './trend.ts';

export interface AggregatorOptions {
	content: ChecklistContent;
	/** The organisation's current policy: tiers, own items, app decisions, intervals. */
	pack?: PolicyPack;
	/** The moment the answers are judged at (freshness, waivers, "not reported recently"). */
	now: Date;
}

export interface Aggregator {
	/**
	 * Feeds one summary that passed the import pipeline. `receivedAt` (when the organisation got
	 * it: the browser's import time) places it on the trend; without it the summary is not on it.
	 */
	add(summary: PostureSummary, receivedAt?: string): void;
	result(): AggregateReport;
}

/** Per respondent and device: the top revision seen, and the record of its one file. */
interface Slot {
	revision: number;
	digests: Set<string>;
	/** Undefined while two different files share the top revision (a conflict). */
	record: ProfileRecord | undefined;
	/** Every file of this pair seen with a receipt time, by digest (for the trend). */
	received: Map<string, Received>;
}

/** A summary as the aggregate meets it; its checklist is looked up once, and only if needed. */
interface Arrival {
	key: string;
	summary: PostureSummary;
	checklist: () => ContextChecklist;
}

/**
 * Streams summaries into an organisation aggregate. Keeps, per respondent and device, what
 * classifySummaries would accept from the whole set at once: the highest revision; the same
 * file again changes nothing; two different files with the same top revision keep neither.
 * So the result depends neither on the order nor on repeats, and memory grows with the number
 * of respondent-devices, not of files. Scores are recomputed, never read from a file.
 */
export function createAggregator(options: AggregatorOptions): Aggregator {
	const { content, pack, now } = options;
	const freshness = { defaultRecheckDays: pack?.recheckDays ?? DEFAULT_RECHECK_DAYS };
	const catalog = itemCatalog(content, pack);
	const checklistFor = checklistCache(content, pack, catalog);
	const slots = new Map<string, Slot>();

	function receive(slot: Slot, { summary, checklist }: Arrival, receivedAt: string): void {
		const at = new Date(receivedAt);
		if (Number.isNaN(at.getTime())) throw new RangeError(`receivedAt "${receivedAt}" is no date`);
		const earlier = slot.received.get(summary.digest);
		if (earlier && earlier.at.getTime() <= at.getTime()) return;
		const mustAllDone = mustAllDoneAt(checklist(), summary.answers, at, freshness);
		slot.received.set(summary.digest, { revision: summary.revision, at, mustAllDone });
	}

	function keep(slot: Slot, { key, summary, checklist }: Arrival): void {
		if (summary.revision > slot.revision) {
			slot.revision = summary.revision;
			slot.digests = new Set([summary.digest]);
			slot.record = profileRecord(key, summary, checklist(), now, freshness);
		} else if (summary.revision === slot.revision && !slot.digests.has(summary.digest)) {
			slot.digests.add(summary.digest);
			slot.record = undefined;
		}
	}

	return {
		add(summary, receivedAt) {
			const key = summaryKey(summary);
			let slot = slots.get(key);
			if (!slot) {
				slot = { revision: 0, digests: new Set(), record: undefined, received: new Map() };
				slots.set(key, slot);
			}
			let found: ContextChecklist | undefined;
			const checklist = () => (found ??= checklistFor(summary.profile.context));
			const arrival = { key, summary, checklist };
			keep(slot, arrival);
			if (receivedAt !== undefined) receive(slot, arrival, receivedAt);
		},
		result() {
			const keys = [...slots.keys()].sort();
			const records = keys.flatMap((key) => slots.get(key)!.record ?? []);
			return buildReport({
				content,
				pack,
				now,
				catalog,
				records,
				conflicts: keys.filter((key) => !slots.get(key)!.record),
				received: keys.map((key) => [...slots.get(key)!.received.values()])
			});
		}
	};
}
