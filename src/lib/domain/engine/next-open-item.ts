import type { Answer } from './answer.ts';
import type { Item } from '../content/item-schema.ts';
import type { Tier } from '../content/vocabulary.ts';
import { answerFreshness } from './freshness.ts';

type Answers = Readonly<Record<string, Answer | undefined>>;

/**
 * Whether an item still waits for an answer: it has none, or its answer no longer holds (time
 * to check again, or the item changed). "Not yet" and "don't know" are answers: the person has
 * looked at the item, and going on to the next one is what they asked for.
 */
export function awaitsAnswer(item: Item, answer: Answer | undefined, now: Date): boolean {
	return !answer || answerFreshness(answer, item, now) !== 'fresh';
}

/**
 * The item to answer next, among `shown` (in the order they are shown): the first one waiting
 * after `afterId`, going round to the top; a MUST item whenever one is waiting, a SHOULD item
 * only once every MUST item has its answer. `undefined` when nothing is waiting.
 */
export function nextOpenItem<T extends { item: Item; tier: Tier }>(
	shown: readonly T[],
	answers: Answers,
	now: Date,
	afterId?: string
): T | undefined {
	const waiting = shown.filter(({ item }) => awaitsAnswer(item, answers[item.id], now));
	const must = waiting.filter((entry) => entry.tier === 'must');
	const pool = must.length > 0 ? must : waiting;
	const from = shown.findIndex(({ item }) => item.id === afterId);
	return pool.find((entry) => shown.indexOf(entry) > from) ?? pool[0];
}

/** How many MUST and SHOULD items of `list` wait for an answer. */
export function waitingCounts(
	list: readonly { item: Item; tier: Tier }[],
	answers: Answers,
	now: Date
): Record<Tier, number> {
	const counts: Record<Tier, number> = { must: 0, should: 0 };
	for (const { item, tier } of list) if (awaitsAnswer(item, answers[item.id], now)) counts[tier]++;
	return counts;
}
