import { backupRestore } from '$lib/i18n/features/backup-restore';
import { locale } from '$lib/state/locale.svelte';

/**
 * What the restore in Settings needs once a file is chosen, loaded after the page
 * (BackupRestore): its state, its steps and the words it says meanwhile.
 */
export { RestoreState } from '$lib/state/restore.svelte';
export { default as RestoreSteps } from './RestoreSteps.svelte';
export const t = locale.messages(backupRestore);
