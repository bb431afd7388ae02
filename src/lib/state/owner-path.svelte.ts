import type { OwnerPathMarks } from '$lib/domain/owner/owner-path-marks';
import { ownerIsAdmin } from '$lib/domain/policy/org-profile';
import { ownerSteps, type OwnerPathFacts, type Sender } from '$lib/domain/owner/owner-path';
import { orgPolicy } from './org-policy.svelte';

const KEY = 'owner-path.marks';

/** The marks' schema (zod) loads only once there are marks to check: a first visit has none. */
const marksSchema = async () =>
	(await import('$lib/domain/owner/owner-path-marks')).ownerPathMarksSchema;

/**
 * The owner's path as stored on this device: the policy (draft and published), the summaries
 * taken in, and the owner's own marks. Every mark is written (strict) before it shows.
 */
class OwnerPath {
	#marks = $state.raw<OwnerPathMarks>({});
	#senders = $state.raw<Sender[]>([]);
	#loaded = $state(false);

	get loaded(): boolean {
		return this.#loaded;
	}
	get senders(): Sender[] {
		return this.#senders;
	}
	get expected(): number | undefined {
		return this.#marks.expected;
	}
	/**
	 * The owner writes the policy on this device and is the admin too (no IT staff): the pages
	 * of the path show where they are. A policy only followed here (staff) never counts.
	 */
	get applies(): boolean {
		return ownerIsAdmin(orgPolicy.draft?.pack.orgProfile);
	}

	/** The company's profile says someone looks after IT: the admin walks this path, not the owner. */
	get hasItStaff(): boolean {
		return orgPolicy.orgProfile?.facts.noItStaff === false;
	}
	/** The owner set out on the path from their checklist. */
	get started(): boolean {
		return this.#marks.startedAt !== undefined;
	}

	get facts(): OwnerPathFacts {
		const draft = orgPolicy.draft;
		return {
			drafted: draft !== undefined,
			published: (draft?.publishedVersion ?? 0) > 0,
			markedShared: this.#marks.sharedAt !== undefined,
			sent: this.#senders.length,
			expected: this.#marks.expected,
			resultViewed: this.#marks.viewedAt !== undefined,
			printed: this.#marks.printedAt !== undefined
		};
	}
	get steps() {
		return ownerSteps(this.facts);
	}

	/**
	 * Reads the marks and the summaries again (each page of the path shows them fresh). The
	 * summaries are read only where the path shows: on the owner's checklist (`onChecklist`)
	 * unless someone else looks after IT, on a step's page when the owner walks it.
	 */
	async load(onChecklist = false): Promise<void> {
		const [{ getSetting }] = await Promise.all([import('$lib/storage/settings'), orgPolicy.load()]);
		const stored = await getSetting(KEY);
		const parsed = stored === undefined ? undefined : (await marksSchema()).safeParse(stored);
		// A damaged record reads as no marks: the owner marks again, nothing else depends on it.
		this.#marks = parsed?.success ? parsed.data : {};
		const shows = onChecklist ? !this.hasItStaff : this.applies || this.started;
		if (shows) {
			const { callAdmin } = await import('$lib/workers/admin-client');
			this.#senders = await callAdmin((admin) => admin.senders(), {
				ms: 60_000,
				tooLong: 'reading the summaries took too long'
			});
		}
		this.#loaded = true;
	}

	async #mark(change: Partial<OwnerPathMarks>): Promise<void> {
		const [{ setSetting }, schema] = await Promise.all([
			import('$lib/storage/settings'),
			marksSchema()
		]);
		const marks = schema.parse({ ...this.#marks, ...change });
		await setSetting(KEY, marks);
		this.#marks = marks;
	}

	#now = () => new Date().toISOString();

	markStarted(): Promise<void> {
		return this.#marks.startedAt ? Promise.resolve() : this.#mark({ startedAt: this.#now() });
	}
	markShared(): Promise<void> {
		return this.#mark({ sharedAt: this.#now() });
	}
	/** Once: the first time the counted result showed. */
	markViewed(): Promise<void> {
		return this.#marks.viewedAt ? Promise.resolve() : this.#mark({ viewedAt: this.#now() });
	}
	markPrinted(): Promise<void> {
		return this.#mark({ printedAt: this.#now() });
	}
	setExpected(expected: number): Promise<void> {
		return this.#mark({ expected });
	}
}

export const ownerPath = new OwnerPath();
