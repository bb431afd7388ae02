import type { Answer } from '$lib/domain/engine/answer';

/**
 * What one tab of the app tells its other tabs on this device, once the change is stored: an
 * answer (so a checklist open twice shows the same answers, and the next change builds on the
 * newest), an answer taken back, or that everything was erased (so no tab goes on showing, or
 * saving, old data).
 * Messages stay within this origin and this browser profile.
 */
export type TabMessage =
	| { kind: 'answer-stored'; answer: Answer }
	| { kind: 'answer-cleared'; profileId: string; itemId: string }
	| { kind: 'erased' };

const CHANNEL_NAME = 'telework-check:tabs';

let channel: BroadcastChannel | undefined;

function shared(): BroadcastChannel | undefined {
	if (typeof BroadcastChannel === 'undefined') return undefined;
	channel ??= new BroadcastChannel(CHANNEL_NAME);
	return channel;
}

export function tellOtherTabs(message: TabMessage): void {
	shared()?.postMessage(message);
}

/**
 * Calls `listener` with what another tab said of `kind` (the rest of its message unchecked:
 * the listener validates it); returns the way to stop.
 */
export function hearOtherTabs(
	kind: TabMessage['kind'],
	listener: (message: Record<string, unknown>) => void
): () => void {
	const receiving = shared();
	if (!receiving) return () => {};
	const handle = (event: MessageEvent) => {
		const data: unknown = event.data;
		if (typeof data === 'object' && data !== null && 'kind' in data && data.kind === kind)
			listener(data as Record<string, unknown>);
	};
	receiving.addEventListener('message', handle);
	return () => receiving.removeEventListener('message', handle);
}
