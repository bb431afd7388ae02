import { help } from '$lib/i18n/features/help';
import type { PageLoad } from './$types';

/** The help text is most of the page's weight: it comes in the language of the address only. */
export const load: PageLoad = ({ url }) => help.loadFor(url);
