import type { Profile } from '$lib/domain/engine/answer';
import type { DeviceGuess } from '$lib/domain/setup/device-guess';
import {
	draftToContext,
	emptyDraft,
	stepComplete,
	WIZARD_STEPS,
	type ContextDraft,
	type WizardStep
} from '$lib/domain/setup/wizard';

/** The set-up questions as the page walks through them: the draft, the step, the name. */
export class WizardState {
	#index = $state(0);
	draft = $state<ContextDraft>(emptyDraft());
	name = $state('');
	/** The browser's guess, offered as a suggestion: nothing is chosen until the person chooses. */
	guess = $state<DeviceGuess | undefined>();
	editing = $state<Profile | undefined>();

	get step(): WizardStep {
		return WIZARD_STEPS[this.#index] ?? 'ownership';
	}
	get number(): number {
		return this.#index + 1;
	}
	get total(): number {
		return WIZARD_STEPS.length;
	}
	get isLast(): boolean {
		return this.#index === WIZARD_STEPS.length - 1;
	}
	get canGoOn(): boolean {
		return stepComplete(this.step, this.draft, this.name);
	}

	/**
	 * A new device, with the browser's guess kept aside as a suggestion: a phone can be used to
	 * register a laptop, so the guess is never filled in. The page can be answered before the app
	 * has finished starting: anything the person already answered wins, and the guess is offered
	 * only while the device question is still open.
	 */
	startNew(guess: DeviceGuess | undefined): void {
		if (!this.#touched()) this.draft = emptyDraft();
		this.guess = this.draft.deviceType || this.draft.os ? undefined : guess;
	}

	/** The person took the suggestion: its device type and system become the answer. */
	useGuess(): void {
		if (!this.guess) return;
		this.draft.deviceType = this.guess.deviceType;
		this.draft.os = this.guess.os;
	}

	#touched(): boolean {
		return (
			this.#index > 0 ||
			this.name !== '' ||
			JSON.stringify(this.draft) !== JSON.stringify(emptyDraft())
		);
	}

	startFrom(profile: Profile): void {
		const { ownership, deviceType, os, networks, places, methods, meetingApps, facts } =
			profile.context!;
		this.draft = {
			ownership,
			deviceType,
			os,
			networks: [...networks],
			places: [...places],
			methods: [...methods],
			meetingApps: [...meetingApps],
			facts: { ...facts }
		};
		this.name = profile.name;
		this.editing = profile;
	}

	next(): void {
		if (this.canGoOn && !this.isLast) this.#index++;
	}

	back(): void {
		if (this.#index > 0) this.#index--;
	}

	/** Adds or removes a value of a set axis (networks, places, methods, meeting apps). */
	toggle(
		axis: 'networks' | 'places' | 'methods' | 'meetingApps',
		value: string,
		on: boolean
	): void {
		const current = (this.draft[axis] ?? []) as string[];
		const without = current.filter((v) => v !== value);
		const next = on ? [...without, value] : without;
		(this.draft[axis] as string[]) = next;
	}

	result() {
		return draftToContext(this.draft);
	}
}
