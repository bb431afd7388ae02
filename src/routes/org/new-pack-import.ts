import { registerMessages } from '$lib/i18n/messages';
import type { PackImport } from '$lib/state/pack-import.svelte';

/**
 * Reading a policy (the importer, its text, the format's schema, the link codec) loads with the
 * first file or link, not with the page.
 */
export async function newPackImport(): Promise<PackImport> {
	const [{ PackImport }, { orgImport }] = await Promise.all([
		import('$lib/state/pack-import.svelte'),
		import('$lib/i18n/features/org-import')
	]);
	// Its text (checking, preview, errors) shows only from here on.
	registerMessages(orgImport);
	return new PackImport();
}
