import { preferences } from '$lib/app/preferences';

const KEY = 'twc:help-contact-note';
export const HELP_CONTACT_NOTE_MAX = 500;

/**
 * Whom to call, as the person wrote it down themselves while their organisation has set no
 * help desk in the app. Kept in localStorage: it must be there at once, even offline, when
 * something has gone wrong.
 */
class HelpContactNote {
	#value = $state('');

	get value(): string {
		return this.#value;
	}

	init(): void {
		this.#value = (preferences.get(KEY) ?? '').slice(0, HELP_CONTACT_NOTE_MAX);
	}

	set(value: string): void {
		this.#value = value.slice(0, HELP_CONTACT_NOTE_MAX);
		preferences.set(KEY, this.#value);
	}
}

export const helpContactNote = new HelpContactNote();
