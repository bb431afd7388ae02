import { content as shipped } from 'virtual:checklist-content';
import type { ChecklistContent } from '$lib/domain/content/compile';

export const NOW = new Date('2026-12-15T12:00:00Z');

/** The real content, with one item in five changed in a later version (so answers go stale). */
export const content: ChecklistContent = {
	...shipped,
	items: shipped.items.map((item, i) => (i % 5 === 0 ? { ...item, updatedIn: '2026.12.1' } : item))
};
