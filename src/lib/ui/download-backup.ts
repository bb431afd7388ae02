import type { Answer } from '$lib/domain/engine/answer';
import { downloadJson } from './download';

/**
 * Downloads a backup of everything stored, overlaid with `unsaved` answers held only in memory.
 * The backup code loads on first use: the app shell offers this button on every page.
 */
export async function downloadBackup(unsaved: readonly Answer[] = []): Promise<void> {
	const { backupFileName, buildBackup } = await import('$lib/app/backup');
	downloadJson(backupFileName(new Date()), await buildBackup(unsaved));
}
