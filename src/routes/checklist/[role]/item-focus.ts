/**
 * Brings a checklist item to the top of the screen and gives it the focus, so that a screen
 * reader reads it and Tab goes on inside it. `instant` for coming back to the page; otherwise
 * the page's scroll-behavior decides (smooth, unless the person asked for reduced motion).
 * Returns whether the item is on the page.
 */
export function focusItem(itemId: string, instant = false): boolean {
	const card = document.querySelector<HTMLElement>(`article[data-item-id="${CSS.escape(itemId)}"]`);
	if (!card) return false;
	card.focus({ preventScroll: true });
	card.scrollIntoView({ block: 'start', behavior: instant ? 'instant' : 'auto' });
	return true;
}

/** The id of the checklist item an event happened in, if any. */
export function itemOf(event: Event): string | undefined {
	const target = event.target instanceof Element ? event.target : undefined;
	return target?.closest<HTMLElement>('article[data-item-id]')?.dataset.itemId;
}
