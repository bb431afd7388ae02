import { ANSWER_STATUSES } from '../engine/answer.ts';
import type { PostureSummary, SummaryWithout } from './summary.ts';

/**
 * The strings a tally's numbers stand for: item ids and content versions, each numbered in the
 * order first met. One codebook serves every tally of a database, so a tally holds no item ids.
 */
export interface Codebook {
	items: string[];
	versions: string[];
}

/**
 * A stored summary packed for counting. Reading 10,000 summaries as objects took the admin
 * worker seconds (the browser rebuilding 740,000 answer objects from 100 MB); the same answers
 * as numbers in one buffer and two strings per summary read back in about a third of the time.
 * The full summary stays stored beside it: the tally is a faster copy, never the only one.
 */
export interface SummaryTally {
	digest: string;
	key: string;
	importedAt: string;
	/** The summary without its answers. */
	head: SummaryWithout<'answers'>;
	/** Per answer, ANSWER_BYTES: item and content version (codebook numbers), status, waiver flag. */
	answers: ArrayBuffer;
	/** Each answer's `updatedAt`, one after the other (the app writes them 24 characters long). */
	updated: string;
	/** The `waiverUntil` of each answer flagged with one, one after the other. */
	waivers: string;
}

/**
 * Dates stay strings, cut from one string per summary: turning numbers back into ISO strings
 * took the browser longer than reading the summaries did.
 */
const ANSWER_BYTES = 6;
const UPDATED_LENGTH = 24;
const WAIVER_LENGTH = 10;
const MAX_CODE = 0xffff;

type Answer = PostureSummary['answers'][number];

/** Numbers strings into a codebook, adding the ones it does not have yet. */
export class CodebookWriter {
	readonly #book: Codebook;
	readonly #items: Map<string, number>;
	readonly #versions: Map<string, number>;

	constructor(book: Codebook = { items: [], versions: [] }) {
		this.#book = { items: [...book.items], versions: [...book.versions] };
		this.#items = new Map(book.items.map((id, i) => [id, i]));
		this.#versions = new Map(book.versions.map((version, i) => [version, i]));
	}

	/** The codebook with every string numbered so far. */
	get book(): Codebook {
		return this.#book;
	}

	/** The number of an item id; undefined once the codebook is full. */
	item(id: string): number | undefined {
		return this.#code(id, this.#items, this.#book.items);
	}

	/** The number of a content version; undefined once the codebook is full. */
	version(version: string): number | undefined {
		return this.#code(version, this.#versions, this.#book.versions);
	}

	#code(value: string, codes: Map<string, number>, list: string[]): number | undefined {
		let code = codes.get(value);
		if (code === undefined && list.length <= MAX_CODE) {
			code = list.push(value) - 1;
			codes.set(value, code);
		}
		return code;
	}
}

/** Packs one answer at byte `at`; false if a string cannot be numbered or a date is not as expected. */
function writeAnswer(view: DataView, at: number, answer: Answer, book: CodebookWriter): boolean {
	const item = book.item(answer.itemId);
	const version = book.version(answer.contentVersion);
	const status = ANSWER_STATUSES.indexOf(answer.status);
	if (item === undefined || version === undefined || status < 0) return false;
	if (answer.updatedAt.length !== UPDATED_LENGTH) return false;
	if (answer.waiverUntil !== undefined && answer.waiverUntil.length !== WAIVER_LENGTH) return false;
	view.setUint16(at, item);
	view.setUint16(at + 2, version);
	view.setUint8(at + 4, status);
	view.setUint8(at + 5, answer.waiverUntil === undefined ? 0 : 1);
	return true;
}

/** Reads the answers back, or undefined if the tally does not add up. */
function readAnswers(tally: SummaryTally, book: Codebook): Answer[] | undefined {
	const count = tally.answers.byteLength / ANSWER_BYTES;
	if (!Number.isInteger(count) || tally.updated.length !== count * UPDATED_LENGTH) return;
	const view = new DataView(tally.answers);
	const answers: Answer[] = [];
	let waivers = 0;
	for (let i = 0; i < count; i++) {
		const at = i * ANSWER_BYTES;
		const itemId = book.items[view.getUint16(at)];
		const contentVersion = book.versions[view.getUint16(at + 2)];
		const status = ANSWER_STATUSES[view.getUint8(at + 4)];
		if (itemId === undefined || contentVersion === undefined || status === undefined) return;
		const updatedAt = tally.updated.slice(i * UPDATED_LENGTH, (i + 1) * UPDATED_LENGTH);
		// Two literal shapes rather than a spread: this runs for every answer of every summary.
		if (view.getUint8(at + 5) === 0) {
			answers.push({ itemId, status, contentVersion, updatedAt });
			continue;
		}
		const waiverUntil = tally.waivers.slice(waivers * WAIVER_LENGTH, ++waivers * WAIVER_LENGTH);
		if (waiverUntil.length !== WAIVER_LENGTH) return;
		answers.push({ itemId, status, waiverUntil, contentVersion, updatedAt });
	}
	return waivers * WAIVER_LENGTH === tally.waivers.length ? answers : undefined;
}

const sameAnswer = (a: Answer, b: Answer | undefined): boolean =>
	b !== undefined &&
	a.itemId === b.itemId &&
	a.status === b.status &&
	a.waiverUntil === b.waiverUntil &&
	a.contentVersion === b.contentVersion &&
	a.updatedAt === b.updatedAt;

/**
 * The stored summary's tally, numbering new strings into `book`; undefined when the tally
 * would not read back as exactly this summary (a date written in another form than the app
 * writes, or a codebook full after a flood of made-up item ids): that summary is then counted
 * from its full copy.
 */
export function tallySummary(
	stored: { summary: PostureSummary; key: string; importedAt: string },
	book: CodebookWriter
): SummaryTally | undefined {
	const { answers, ...head } = stored.summary;
	const buffer = new ArrayBuffer(answers.length * ANSWER_BYTES);
	const view = new DataView(buffer);
	for (const [i, answer] of answers.entries()) {
		if (!writeAnswer(view, i * ANSWER_BYTES, answer, book)) return undefined;
	}
	const tally: SummaryTally = {
		digest: head.digest,
		key: stored.key,
		importedAt: stored.importedAt,
		head,
		answers: buffer,
		updated: answers.map((answer) => answer.updatedAt).join(''),
		waivers: answers.flatMap((answer) => answer.waiverUntil ?? []).join('')
	};
	const back = untallySummary(tally, book.book);
	return back && answers.every((answer, i) => sameAnswer(answer, back.answers[i]))
		? tally
		: undefined;
}

/** The summary a tally stands for; undefined if the tally is damaged or not of this codebook. */
export function untallySummary(tally: SummaryTally, book: Codebook): PostureSummary | undefined {
	const answers = readAnswers(tally, book);
	return answers && { ...tally.head, answers };
}
