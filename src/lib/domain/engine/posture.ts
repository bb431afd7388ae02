import type { Answer } from './answer.ts';
import type { Category } from '../content/file-schemas.ts';
import { answerFreshness, type FreshnessOptions } from './freshness.ts';
import type { ResolvedItem } from './tiering.ts';

// The formula is written down in docs/posture.md; change both together.

/** How much of a set of items is done. */
export interface Coverage {
	/** Done answers that are still fresh. */
	done: number;
	/** The items that count: not "not applicable", not under an active waiver. */
	counted: number;
	/** floor(done / counted × 100); 100 when nothing counts. */
	percent: number;
}

export interface CategoryCoverage extends Coverage {
	categoryId: string;
}

/**
 * - `must-open`: some MUST item is not done;
 * - `must-done`: every MUST item is done, SHOULD below 80 %;
 * - `strong`: every MUST item is done, and at least 80 % of SHOULD.
 */
export const POSTURE_LEVELS = ['must-open', 'must-done', 'strong'] as const;
export type PostureLevel = (typeof POSTURE_LEVELS)[number];

/** The SHOULD share (in percent) from which a posture with every MUST done is `strong`. */
export const STRONG_SHOULD_PERCENT = 80;

export interface Posture {
	must: Coverage;
	should: Coverage;
	level: PostureLevel;
	/** Both tiers together, per category, in category order (unknown categories last). */
	byCategory: CategoryCoverage[];
	/** Items whose answer is due for a re-check (interval passed, waiver expired). */
	due: string[];
	/** Items whose meaning changed since they were answered. */
	changed: string[];
	/** Items under an active waiver (left out of the counts until it expires). */
	waived: string[];
}

interface Tally {
	done: number;
	counted: number;
}

/**
 * Rounded down so that 100 % means "all done": 199 of 200 shows 99 %, never 100 %. Nothing to
 * count is 100 %: there is nothing left to do.
 */
function coverage({ done, counted }: Tally): Coverage {
	return { done, counted, percent: counted === 0 ? 100 : Math.floor((done / counted) * 100) };
}

/** Compared on the counts, not the rounded percent, so that rounding never lifts a level. */
function levelOf(must: Tally, should: Tally): PostureLevel {
	if (must.done < must.counted) return 'must-open';
	return should.done * 100 >= STRONG_SHOULD_PERCENT * should.counted ? 'strong' : 'must-done';
}

/**
 * Where one device profile stands. An answer counts only while it is fresh: a due or changed
 * answer counts as not done, whatever it said (a stale "not applicable" or waiver is back in).
 * Fresh "not applicable" answers and active waivers leave the counts; every other item counts,
 * and it is done when its fresh answer is "done".
 */
export function computePosture(
	list: readonly ResolvedItem[],
	answers: Readonly<Record<string, Answer | undefined>>,
	categories: readonly Pick<Category, 'id'>[],
	now: Date,
	options: FreshnessOptions = {}
): Posture {
	const tiers: Record<ResolvedItem['tier'], Tally> = {
		must: { done: 0, counted: 0 },
		should: { done: 0, counted: 0 }
	};
	const perCategory = new Map<string, Tally>(
		categories.map((c) => [c.id, { done: 0, counted: 0 }])
	);
	const present = new Set<string>();
	const due: string[] = [];
	const changed: string[] = [];
	const waived: string[] = [];

	for (const { item, tier } of list) {
		const answer = answers[item.id];
		const freshness = answer ? answerFreshness(answer, item, now, options) : 'fresh';
		if (freshness === 'due') due.push(item.id);
		if (freshness === 'changed') changed.push(item.id);
		const status = freshness === 'fresh' ? answer?.status : undefined;
		if (status === 'waiver') waived.push(item.id);

		let category = perCategory.get(item.category);
		if (!category) perCategory.set(item.category, (category = { done: 0, counted: 0 }));
		present.add(item.category);
		if (status === 'not-applicable' || status === 'waiver') continue;
		const done = status === 'done' ? 1 : 0;
		for (const tally of [tiers[tier], category]) {
			tally.counted += 1;
			tally.done += done;
		}
	}

	return {
		must: coverage(tiers.must),
		should: coverage(tiers.should),
		level: levelOf(tiers.must, tiers.should),
		// Map order: the content's categories first, then any an organisation's items brought.
		byCategory: [...perCategory]
			.filter(([id]) => present.has(id))
			.map(([categoryId, tally]) => ({ categoryId, ...coverage(tally) })),
		due,
		changed,
		waived
	};
}
