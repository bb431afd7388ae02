import type { ChecklistContent } from '$lib/domain/content/compile';

/**
 * The checklist items, categories and meeting apps compiled from checklists/ at build time. They
 * are most of a page's weight, so they load on first use, as a chunk of their own.
 */
export async function loadContent(): Promise<ChecklistContent> {
	return (await import('virtual:checklist-content')).content;
}
