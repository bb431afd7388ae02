import { localHref } from '$lib/i18n/local-href';
import { hearOtherTabs } from '$lib/app/other-tabs';

/** Tells the start page, loaded afresh after an erase, to say that everything is erased. */
const PARAM = 'erased';

/** The start page with the notice: where the app goes once everything is erased. */
export function erasedHomeUrl(): string {
	return `${localHref('/')}?${PARAM}`;
}

/** "Everything on this device is erased", shown once on the page the erase opened. */
class ErasedNotice {
	#shown = $state(false);

	get shown(): boolean {
		return this.#shown;
	}

	/** Call on start-up. Drops the marker from the address, so that a reload does not repeat it. */
	take(): void {
		const url = new URL(location.href);
		if (!url.searchParams.has(PARAM)) return;
		this.#shown = true;
		url.searchParams.delete(PARAM);
		// The router is not necessarily started yet: the history entry is edited directly, as
		// `link-fragment.ts` does; the page itself stays what it is.
		history.replaceState(history.state, '', url.pathname + url.search + url.hash);
	}

	dismiss(): void {
		this.#shown = false;
	}

	/**
	 * When another tab erased everything, this one opens the start page afresh as that tab did:
	 * what it shows is gone, and a save from it would bring part of it back. Returns the clean-up.
	 */
	followOtherTabs(): () => void {
		return hearOtherTabs('erased', () => window.location.replace(erasedHomeUrl()));
	}
}

export const erasedNotice = new ErasedNotice();
