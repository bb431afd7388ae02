import type { Crosswalks } from '$lib/domain/content/crosswalk-schema';
import { contentInParts } from '$lib/content-in-parts';

const crosswalks = contentInParts<Crosswalks>(() => import('virtual:crosswalks-shape'), {
	ja: () => import('virtual:crosswalks-text-ja'),
	en: () => import('virtual:crosswalks-text-en')
});

/** IPA's self-diagnosis and MIC's categories mapped to items, with their text in `locale`. */
export const loadCrosswalks = crosswalks.load;
