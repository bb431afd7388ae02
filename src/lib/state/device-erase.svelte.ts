import { erasedHomeUrl } from './erased-notice.svelte';
import { tellOtherTabs } from '$lib/app/other-tabs';
import { preferences } from '$lib/app/preferences';

export type ErasePhase = 'idle' | 'confirming' | 'erasing' | 'erased' | 'failed';

/**
 * The database first, in its one transaction; the preferences only once it has committed.
 * A failed erase thus changes nothing at all. Other open tabs then start afresh too.
 */
async function eraseDevice(): Promise<void> {
	// Loaded when asked: the Settings page does not carry the erase in its first load.
	const { eraseAllData } = await import('$lib/storage/erase');
	await eraseAllData();
	preferences.forgetAll();
	tellOtherTabs({ kind: 'erased' });
}

/**
 * A full page load of the start page. Everything the app holds in memory (profiles, answers of
 * an open checklist, the policy, the language) is dropped with the old page and read afresh from
 * the now empty storage: simpler and surer than emptying each piece of state by hand. `replace`
 * keeps the page of the old state out of the history.
 */
function openStartPage(): void {
	window.location.replace(erasedHomeUrl());
}

/**
 * Erasing everything on this device in steps: ask → confirm → erased (or failed, with nothing
 * erased). Nothing is touched before the person confirms.
 */
export class DeviceErase {
	#phase = $state<ErasePhase>('idle');

	constructor(
		private readonly erase: () => Promise<void> = eraseDevice,
		private readonly afterErase: () => void = openStartPage
	) {}

	get phase(): ErasePhase {
		return this.#phase;
	}

	ask(): void {
		if (this.#phase === 'idle' || this.#phase === 'failed') this.#phase = 'confirming';
	}

	cancel(): void {
		if (this.#phase === 'confirming' || this.#phase === 'failed') this.#phase = 'idle';
	}

	async confirm(): Promise<void> {
		if (this.#phase !== 'confirming') return;
		this.#phase = 'erasing';
		try {
			await this.erase();
		} catch (error) {
			console.error('Erasing the data on this device failed', error);
			this.#phase = 'failed';
			return;
		}
		this.#phase = 'erased';
		this.afterErase();
	}
}
