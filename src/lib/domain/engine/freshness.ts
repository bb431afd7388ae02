import type { Answer, AnswerStatus } from './answer.ts';
import type { Item } from '../content/item-schema.ts';
import { compareContentVersions } from '../content/version.ts';
import { boundedMemo } from '../shared/bounded-memo.ts';

/**
 * Whether an answer still holds:
 * - `fresh`: it does;
 * - `due`: time to look again (the item's re-check interval has passed, or the waiver expired);
 * - `changed`: the item's meaning changed after the person answered it ("needs re-check").
 */
export type Freshness = 'fresh' | 'due' | 'changed';

/**
 * The statuses that claim something settled and so can go stale. "Not yet" and "don't know"
 * already ask for action: there is nothing in them to re-check.
 */
export const SETTLED_STATUSES: ReadonlySet<AnswerStatus> = new Set([
	'done',
	'not-applicable',
	'waiver'
]);

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FreshnessOptions {
	/** A re-check interval for items that have none of their own (an organisation's policy). */
	defaultRecheckDays?: number;
}

/** The date of `now` on the device's calendar, as YYYY-MM-DD (a waiver ends with its day). */
export function localDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A waiver holds up to and including its `waiverUntil` day, on the device's calendar. */
export function waiverActive(answer: Pick<Answer, 'status' | 'waiverUntil'>, now: Date): boolean {
	return (
		answer.status === 'waiver' &&
		answer.waiverUntil !== undefined &&
		localDate(now) <= answer.waiverUntil
	);
}

/**
 * Whether `answer` to `item` still holds at `now`. Only settled answers (done, not applicable,
 * waiver) go stale. "Changed" wins over "due": the new meaning must be read either way.
 * - changed: the item has `updatedIn` and the answer's content version is older (the '0' of
 *   answers migrated from the version-1 database is older than every version);
 * - due: a done or not-applicable answer is `recheckDays` (or the default) days old or older;
 *   a waiver is due the day after its `waiverUntil` (its expiry replaces the interval).
 */
export function answerFreshness(
	answer: Pick<Answer, 'status' | 'waiverUntil' | 'contentVersion' | 'updatedAt'>,
	item: Pick<Item, 'recheckDays' | 'updatedIn'>,
	now: Date,
	options: FreshnessOptions = {}
): Freshness {
	if (!SETTLED_STATUSES.has(answer.status)) return 'fresh';
	if (item.updatedIn && compareContentVersions(answer.contentVersion, item.updatedIn) < 0) {
		return 'changed';
	}
	if (answer.status === 'waiver') return waiverActive(answer, now) ? 'fresh' : 'due';
	const days = item.recheckDays ?? options.defaultRecheckDays;
	if (days === undefined) return 'fresh';
	return answeredBy(answer.updatedAt, now.getTime() - days * DAY_MS) ? 'due' : 'fresh';
}

/** Times as the app writes them (`toISOString`): 24 characters, and they sort as times do. */
const ISO_LENGTH = 24;
/** Counting an organisation asks for the same few moments (now less an interval) many times. */
const isoOf = boundedMemo((time: number) => new Date(time).toISOString(), 64);

/**
 * Whether `updatedAt` (a checked ISO time) is at or before `limit`. Counting an organisation
 * asks this for every answer of every summary: comparing the strings spares parsing each time.
 */
function answeredBy(updatedAt: string, limit: number): boolean {
	if (updatedAt.length !== ISO_LENGTH || Number.isNaN(limit)) return Date.parse(updatedAt) <= limit;
	return updatedAt <= isoOf(limit);
}
