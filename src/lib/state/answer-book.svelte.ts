import {
	answerSchema,
	nextAnswer,
	type Answer,
	type AnswerStatus
} from '$lib/domain/engine/answer';
import { deleteAnswer, loadAnswers, saveAnswer } from '$lib/storage/answers';
import { hearOtherTabs, tellOtherTabs } from '$lib/app/other-tabs';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * One profile's answers as the UI sees them. An answer is shown at once, but marked "saved"
 * only after its strict transaction committed; a failed save keeps the answer in memory.
 */
export class AnswerBook {
	#answers = $state<Record<string, Answer>>({});
	#saves = $state<Record<string, SaveState>>({});
	#loaded = $state(false);
	#loadError = $state<string | undefined>();
	// The newest write per item: an older one finishing late must not claim "saved". A count of
	// writes, not the answer's revision: taking an answer back has no revision of its own.
	// Bookkeeping only, never rendered, so deliberately not reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#latest = new Map<string, number>();
	#writes = 0;
	#overall = $derived.by((): SaveState => {
		const states = Object.values(this.#saves);
		if (states.includes('failed')) return 'failed';
		if (states.includes('saving')) return 'saving';
		return states.includes('saved') ? 'saved' : 'idle';
	});

	constructor(
		readonly profileId: string,
		readonly contentVersion: string,
		private readonly afterSave: () => Promise<void> = async () => {}
	) {}

	get answers(): Readonly<Record<string, Answer>> {
		return this.#answers;
	}
	get loaded(): boolean {
		return this.#loaded;
	}
	get loadError(): string | undefined {
		return this.#loadError;
	}
	/** The state of the latest change on the page, for the one "Saved" indicator. */
	get saveState(): SaveState {
		return this.#overall;
	}

	saveStateOf(itemId: string): SaveState {
		return this.#saves[itemId] ?? 'idle';
	}

	async load(): Promise<void> {
		try {
			const stored = await loadAnswers(this.profileId);
			// Answers given while loading win over what was stored.
			this.#answers = { ...Object.fromEntries(stored.map((a) => [a.itemId, a])), ...this.#answers };
			this.#loadError = undefined;
		} catch (error) {
			this.#loadError = error instanceof Error ? error.message : String(error);
		} finally {
			this.#loaded = true;
		}
	}

	async setStatus(
		itemId: string,
		status: AnswerStatus,
		details: Pick<Answer, 'reason' | 'waiverUntil'> = {}
	): Promise<void> {
		const answer = nextAnswer(
			this.#answers[itemId],
			{ profileId: this.profileId, itemId, status, ...details },
			this.contentVersion,
			// A timestamp, not state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			new Date()
		);
		this.#answers[itemId] = answer;
		await this.#save(answer);
	}

	/** Sets the private note; a note on an unanswered item records it as "not yet". */
	async setNote(itemId: string, note: string): Promise<void> {
		const previous = this.#answers[itemId];
		const trimmed = note.trim();
		if ((previous?.note ?? '') === trimmed) return;
		const withoutNote =
			previous && Object.fromEntries(Object.entries(previous).filter(([k]) => k !== 'note'));
		const answer = nextAnswer(
			withoutNote as Answer | undefined,
			{
				profileId: this.profileId,
				itemId,
				status: previous?.status ?? 'not-yet',
				...(trimmed ? { note: trimmed } : {})
			},
			this.contentVersion,
			// A timestamp, not state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			new Date()
		);
		this.#answers[itemId] = answer;
		await this.#save(answer);
	}

	/** Takes the answer back: the item is unanswered again, here and in storage. */
	async clear(itemId: string): Promise<void> {
		if (!this.#answers[itemId]) return;
		delete this.#answers[itemId];
		await this.#forget(itemId);
	}

	async #forget(itemId: string): Promise<void> {
		await this.#write(
			itemId,
			() => deleteAnswer(this.profileId, itemId),
			() => tellOtherTabs({ kind: 'answer-cleared', profileId: this.profileId, itemId })
		);
	}

	/**
	 * Shows answers that another tab stored for this profile. A change of this tab that is still
	 * being written (or failed to be) wins: it is the newer one, and is announced in turn.
	 * Returns the way to stop listening.
	 */
	followOtherTabs(): () => void {
		const stopCleared = hearOtherTabs('answer-cleared', (message) => {
			const itemId = message.itemId;
			if (message.profileId !== this.profileId || typeof itemId !== 'string') return;
			const pending = this.#saves[itemId];
			if (pending === 'saving' || pending === 'failed') return;
			delete this.#answers[itemId];
		});
		const stopStored = hearOtherTabs('answer-stored', (message) => {
			const parsed = answerSchema.safeParse(message.answer);
			if (!parsed.success || parsed.data.profileId !== this.profileId) return;
			const stored = parsed.data;
			const pending = this.#saves[stored.itemId];
			const mine = this.#answers[stored.itemId];
			if (pending === 'saving' || pending === 'failed') return;
			if (mine && mine.revision > stored.revision) return;
			this.#answers[stored.itemId] = stored;
		});
		return () => {
			stopCleared();
			stopStored();
		};
	}

	/** Saves again every answer whose last save failed, and takes back again what was taken back. */
	async retryFailed(): Promise<void> {
		const failed = Object.entries(this.#saves).filter(([, state]) => state === 'failed');
		await Promise.all(
			failed.map(([itemId]) => {
				const answer = this.#answers[itemId];
				return answer ? this.#save(answer) : this.#forget(itemId);
			})
		);
	}

	async #save(answer: Answer): Promise<void> {
		await this.#write(
			answer.itemId,
			() => saveAnswer(answer),
			// A retried answer comes from the reactive store: a proxy cannot be posted, its snapshot can.
			() => tellOtherTabs({ kind: 'answer-stored', answer: $state.snapshot(answer) })
		);
	}

	/** Runs one write of an item's answer, then tells the other tabs and sets its save state. */
	async #write(itemId: string, write: () => Promise<void>, announce: () => void): Promise<void> {
		const ticket = ++this.#writes;
		this.#latest.set(itemId, ticket);
		this.#saves[itemId] = 'saving';
		let state: SaveState = 'saved';
		try {
			await write();
		} catch (error) {
			console.error('Saving an answer failed', error);
			state = 'failed';
		}
		if (state === 'saved') announce();
		if (this.#latest.get(itemId) !== ticket) return;
		this.#saves[itemId] = state;
		if (state === 'saved') await this.afterSave().catch(() => undefined);
	}
}
