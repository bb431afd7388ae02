import type { Answer } from '$lib/domain/answer';

/**
 * Tells the app's other tabs on this device about each answer once it is stored, so that a
 * checklist open in two tabs shows the same answers (and the next change builds on the newest).
 * Messages stay within this origin and this browser profile.
 */
const CHANNEL_NAME = 'telework-check:answers';

let channel: BroadcastChannel | undefined;

function shared(): BroadcastChannel | undefined {
	if (typeof BroadcastChannel === 'undefined') return undefined;
	channel ??= new BroadcastChannel(CHANNEL_NAME);
	return channel;
}

export function announceStored(answer: Answer): void {
	shared()?.postMessage(answer);
}

/** Calls `listener` with what another tab announced (unchecked data); returns the way to stop. */
export function onStoredElsewhere(listener: (data: unknown) => void): () => void {
	const receiving = shared();
	if (!receiving) return () => {};
	const handle = (event: MessageEvent) => listener(event.data);
	receiving.addEventListener('message', handle);
	return () => receiving.removeEventListener('message', handle);
}
