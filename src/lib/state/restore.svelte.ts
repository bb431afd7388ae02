import type { Locale } from '$lib/domain/shared/locale';
import type { Backup } from '$lib/domain/formats/backup';
import type { BackupErrorCode } from '$lib/domain/formats/import-backup';
import { profiles } from './profiles.svelte';
import type { ChosenFile } from '$lib/app/read-chosen-file';

export type RestorePhase = 'idle' | 'reading' | 'preview' | 'restoring' | 'restored' | 'failed';

export interface RestorePreview {
	fileName: string;
	profiles: number;
	answers: number;
	notes: number;
	createdAt: string;
	appVersion: string;
}

export interface RestoreError {
	code: BackupErrorCode | 'write-failed';
	/** The file, the field by its label and what it expects, in the reader's language. */
	detail: (locale: Locale) => string;
}

/** The parts of a `File` the restore needs (a test can pass a plain object). */
export type BackupFile = ChosenFile;

/**
 * The file checks (zod, the backup format, the problem texts) load when a file is chosen: the
 * Settings page shows and starts without them.
 */
async function readBackup(file: BackupFile) {
	const [{ BACKUP_FILE, displayFileName }, { fileErrorText }, { readChosenFile }] =
		await Promise.all([
			import('$lib/domain/formats/import-backup'),
			import('$lib/i18n/problem-text'),
			import('$lib/app/read-chosen-file')
		]);
	return { result: await readChosenFile(BACKUP_FILE, file), displayFileName, fileErrorText };
}

async function restoreBackup(backup: Backup): Promise<void> {
	await (await import('$lib/storage/restore')).restoreBackup(backup);
}

/**
 * What is kept in memory across pages and read from storage: reloaded after a restore.
 * (Each checklist page loads its answers when it opens, so they need nothing here.)
 */
async function reloadState(): Promise<void> {
	await profiles.load();
}

/**
 * Restoring a backup in steps: choose a file → preview what it holds → confirm → replaced.
 * Nothing is written before the person confirms, and an error at any step changes nothing.
 */
export class RestoreState {
	#phase = $state<RestorePhase>('idle');
	#preview = $state.raw<RestorePreview | undefined>();
	#error = $state.raw<RestoreError | undefined>();
	#backup: Backup | undefined;
	// The latest file chosen: reading an earlier, slower one must not overwrite its result.
	#attempt = 0;

	constructor(
		private readonly restore: (backup: Backup) => Promise<void> = restoreBackup,
		private readonly afterRestore: () => Promise<void> = reloadState
	) {}

	get phase(): RestorePhase {
		return this.#phase;
	}
	/** What the chosen file holds: shown from 'preview' on, and after the restore. */
	get preview(): RestorePreview | undefined {
		return this.#preview;
	}
	get error(): RestoreError | undefined {
		return this.#error;
	}

	async choose(file: BackupFile | null | undefined): Promise<void> {
		const attempt = ++this.#attempt;
		this.#backup = undefined;
		this.#preview = undefined;
		this.#error = undefined;
		if (!file) {
			this.#phase = 'idle';
			return;
		}
		this.#phase = 'reading';
		const { result, displayFileName, fileErrorText } = await readBackup(file);
		if (attempt !== this.#attempt) return;
		if (!result.ok) {
			const { error } = result;
			this.#fail({ code: error.code, detail: (locale) => fileErrorText(locale, error) });
			return;
		}
		const backup = result.value;
		this.#backup = backup;
		this.#preview = {
			fileName: displayFileName(file.name),
			profiles: backup.profiles.length,
			answers: backup.answers.length,
			notes: backup.answers.filter((answer) => answer.note).length,
			createdAt: backup.createdAt,
			appVersion: backup.appVersion
		};
		this.#phase = 'preview';
	}

	async confirm(): Promise<void> {
		const backup = this.#backup;
		if (this.#phase !== 'preview' || !backup) return;
		const attempt = this.#attempt;
		this.#phase = 'restoring';
		try {
			await this.restore(backup);
		} catch (error) {
			console.error('Restoring the backup failed', error);
			const reason = error instanceof Error ? error.message : String(error);
			if (attempt === this.#attempt) {
				const detail = `${this.#preview?.fileName}: ${reason}`;
				this.#fail({ code: 'write-failed', detail: () => detail });
			}
			return;
		}
		this.#backup = undefined;
		// The data is restored even if reloading fails; the next page load reads it anyway.
		await this.afterRestore().catch((error: unknown) =>
			console.error('Reloading after the restore failed', error)
		);
		this.#phase = 'restored';
	}

	cancel(): void {
		this.#attempt++;
		this.#backup = undefined;
		this.#preview = undefined;
		this.#error = undefined;
		this.#phase = 'idle';
	}

	#fail(error: RestoreError): void {
		this.#backup = undefined;
		this.#preview = undefined;
		this.#error = error;
		this.#phase = 'failed';
	}
}
