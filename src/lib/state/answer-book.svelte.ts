import { answerSchema, nextAnswer, type Answer, type AnswerStatus } from '$lib/domain/answer';
import { loadAnswers, saveAnswer } from '$lib/storage/answers';
import { hearOtherTabs, tellOtherTabs } from './other-tabs';

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
	// The newest revision per item: an older save finishing late must not claim "saved".
	// Bookkeeping only, never rendered, so deliberately not reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#latest = new Map<string, number>();
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

	/**
	 * Shows answers that another tab stored for this profile. A change of this tab that is still
	 * being written (or failed to be) wins: it is the newer one, and is announced in turn.
	 * Returns the way to stop listening.
	 */
	followOtherTabs(): () => void {
		return hearOtherTabs('answer-stored', (message) => {
			const parsed = answerSchema.safeParse(message.answer);
			if (!parsed.success || parsed.data.profileId !== this.profileId) return;
			const stored = parsed.data;
			const pending = this.#saves[stored.itemId];
			const mine = this.#answers[stored.itemId];
			if (pending === 'saving' || pending === 'failed') return;
			if (mine && mine.revision > stored.revision) return;
			this.#answers[stored.itemId] = stored;
		});
	}

	/** Saves again every answer whose last save failed. */
	async retryFailed(): Promise<void> {
		const failed = Object.entries(this.#saves).filter(([, state]) => state === 'failed');
		await Promise.all(
			failed.flatMap(([itemId]) => {
				const answer = this.#answers[itemId];
				return answer ? [this.#save(answer)] : [];
			})
		);
	}

	async #save(answer: Answer): Promise<void> {
		this.#latest.set(answer.itemId, answer.revision);
		this.#saves[answer.itemId] = 'saving';
		let state: SaveState = 'saved';
		try {
			await saveAnswer(answer);
		} catch (error) {
			console.error('Saving an answer failed', error);
			state = 'failed';
		}
		// A retried answer comes from the reactive store: a proxy cannot be posted, its snapshot can.
		if (state === 'saved')
			tellOtherTabs({ kind: 'answer-stored', answer: $state.snapshot(answer) });
		if (this.#latest.get(answer.itemId) !== answer.revision) return;
		this.#saves[answer.itemId] = state;
		if (state === 'saved') await this.afterSave().catch(() => undefined);
	}
}
