import type { Profile } from '$lib/domain/engine/answer';
import type { PolicyPack } from '$lib/domain/formats/policy-pack';
import type { BuildResult } from '$lib/domain/formats/summary';
import { hearOtherTabs } from '$lib/app/other-tabs';
import type { DraftSources } from '$lib/app/summary-export';
import type { RespondentDetails } from '$lib/app/respondent-details';

/** How the draft reads storage and builds the file (the page passes the real ones, tests fakes). */
export interface DraftMaker {
	read(profile: Profile, pack: PolicyPack | undefined): Promise<DraftSources>;
	build(sources: DraftSources, details: RespondentDetails): Promise<BuildResult>;
}

/** Long enough to skip the keystrokes of a word typed, short enough to feel immediate. */
export const TYPING_PAUSE_MS = 200;

/**
 * The summary the page previews and exports. Storage is read once per device and policy (and
 * again when another tab changes this device's answers); a name or department typed rebuilds the
 * file once typing pauses. Builds may finish out of order: only the newest one is shown.
 */
export class SummaryDraft {
	#built = $state.raw<BuildResult>();
	#maker: DraftMaker;
	#pause: number;
	#profile: Profile | undefined;
	#pack: PolicyPack | undefined;
	#sources: Promise<DraftSources> | undefined;
	#details: RespondentDetails = { name: '', department: '' };
	/** Counts requested builds: a build that is not the last requested is dropped when it ends. */
	#generation = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Starts the build waiting for a pause in typing at once. */
	#startNow: (() => void) | undefined;
	#done: Promise<void> = Promise.resolve();

	constructor(maker: DraftMaker, pause = TYPING_PAUSE_MS) {
		this.#maker = maker;
		this.#pause = pause;
	}

	/** The newest built summary; undefined while the first one for this device is made. */
	get current(): BuildResult | undefined {
		return this.#built;
	}

	/** Whether a build is still to come for what was last entered. */
	get waiting(): boolean {
		return this.#startNow !== undefined;
	}

	/** Another device or policy: reads its answers and builds at once. */
	open(profile: Profile, pack: PolicyPack | undefined): void {
		this.#profile = profile;
		this.#pack = pack;
		this.#built = undefined;
		this.#reread();
	}

	/** The name or department typed: the file follows once typing pauses. */
	edit(details: RespondentDetails): void {
		this.#details = details;
		this.#request(this.#pause);
	}

	/** The summary for exactly what is entered now (a build waiting for a pause runs at once). */
	async settled(): Promise<BuildResult | undefined> {
		let done: Promise<void>;
		do {
			this.#startNow?.();
			done = this.#done;
			await done;
		} while (done !== this.#done);
		return this.#built;
	}

	/** Rereads this device's answers when another tab stored or took back one; returns the way to stop. */
	followOtherTabs(): () => void {
		const rereadIfMine = (message: Record<string, unknown>) => {
			const answer = message.answer as { profileId?: unknown } | undefined;
			const profileId = message.kind === 'answer-stored' ? answer?.profileId : message.profileId;
			if (this.#profile && profileId === this.#profile.id) this.#reread();
		};
		const stops = [
			hearOtherTabs('answer-stored', rereadIfMine),
			hearOtherTabs('answer-cleared', rereadIfMine)
		];
		return () => stops.forEach((stop) => stop());
	}

	#reread(): void {
		if (!this.#profile) return;
		this.#sources = this.#maker.read(this.#profile, this.#pack);
		this.#request(0);
	}

	#request(delay: number): void {
		clearTimeout(this.#timer);
		const generation = ++this.#generation;
		const started = new Promise<void>((resolve) => {
			this.#startNow = resolve;
			this.#timer = setTimeout(resolve, delay);
		});
		this.#done = started.then(() => this.#build(generation));
	}

	async #build(generation: number): Promise<void> {
		if (generation === this.#generation) {
			clearTimeout(this.#timer);
			this.#startNow = undefined;
		}
		const [sources, details] = [this.#sources, this.#details];
		if (!sources) return;
		try {
			const result = await this.#maker.build(await sources, details);
			if (generation === this.#generation) this.#built = result;
		} catch (error) {
			// A failed build that a newer one replaced does not matter any more.
			if (generation === this.#generation) throw error;
		}
	}
}
