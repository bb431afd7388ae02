import { orgImport } from '$lib/i18n/features/org-import';
import type { PackImport, PackImportError } from '$lib/state/pack-import.svelte';
import { locale } from '$lib/state/locale.svelte';

const t = locale.messages(orgImport);

/** What following the offered policy replaces on this device, in a sentence. */
export function replacementText(importing: PackImport | undefined): string {
	const replacement = importing?.replacement;
	switch (replacement?.kind) {
		case 'new':
		case 'same':
			return t(`org.replace.${replacement.kind}`);
		case 'newer':
			return t('org.replace.newer', replacement);
		case 'other-org':
			return t('org.replace.other-org', { org: replacement.currentOrg[locale.current] });
		default:
			// None yet, or an older or conflicting version: refused before any preview.
			return '';
	}
}

/** Why a policy could not be used, without the file's field paths. */
export function errorText(error: PackImportError): string {
	return error.code === 'older' || error.code === 'conflict' || error.code === 'write-failed'
		? t(`org.error.${error.code}`)
		: t('org.error.other');
}

/**
 * What to do when a policy was refused for its version (older, or the same with other content):
 * nothing, for now; the policy followed now stays. Undefined for other refusals.
 */
export function versionTodoText(error: PackImportError): string | undefined {
	return error.code === 'older' || error.code === 'conflict'
		? t(`org.todo.${error.code}`)
		: undefined;
}
