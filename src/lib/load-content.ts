import type { ChecklistContent } from '$lib/domain/content/compile';
import { contentInParts } from '$lib/content-in-parts';

// The checklist items, categories and meeting apps compiled from checklists/ at build time. They
// are most of a page's weight, so they load on first use, as chunks of their own.
const checklist = contentInParts<ChecklistContent>(() => import('virtual:checklist-shape'), {
	ja: () => import('virtual:checklist-text-ja'),
	en: () => import('virtual:checklist-text-en')
});

/** The checklist content in `locale` (and any language loaded before). */
export const loadContent = checklist.load;

/** The checklist content in every language that loads (for what is written into files). */
export const loadAllLanguages = checklist.loadAll;
