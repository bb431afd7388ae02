import type { PackImport, PackImportError } from '$lib/state/pack-import.svelte';
import type { MessageKey } from '$lib/i18n/messages';
import { locale } from '$lib/state/locale.svelte';

/** What following the offered policy replaces on this device, in a sentence. */
export function replacementText(importing: PackImport | undefined): string {
	const t = locale.t;
	const replacement = importing?.replacement;
	if (!replacement) return '';
	if (replacement.kind === 'newer') return t('org.replace.newer', replacement);
	if (replacement.kind === 'other-org') {
		return t('org.replace.other-org', { org: replacement.currentOrg[locale.current] });
	}
	return t(`org.replace.${replacement.kind}` as MessageKey);
}

/** Why a policy could not be used, without the file's field paths. */
export function errorText(error: PackImportError): string {
	const t = locale.t;
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
		? locale.t(`org.todo.${error.code}`)
		: undefined;
}
