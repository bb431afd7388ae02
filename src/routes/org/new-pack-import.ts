import type { PackImport } from '$lib/state/pack-import.svelte';

/**
 * Reading a policy (the importer, the format's schema, the link codec) loads with the
 * first file or link, not with the page.
 */
export async function newPackImport(): Promise<PackImport> {
	const { PackImport } = await import('$lib/state/pack-import.svelte');
	return new PackImport();
}
