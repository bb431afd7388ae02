import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupSchema, type Backup } from './backup.ts';
import {
	checkFileSize,
	readVersionedFile,
	type FileError,
	type FileErrorCode,
	type FileFormat,
	type ReadResult,
	type RuleProblem,
	type Upgrade
} from './read-versioned.ts';

export { displayFileName } from './read-versioned.ts';

/** A real backup is a few hundred kilobytes at most; anything far bigger is not one of ours. */
export const BACKUP_MAX_BYTES = 5 * 1024 * 1024;

export type BackupErrorCode = FileErrorCode;
export type BackupError = FileError;
export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

/** Every backup version this app reads (see `FileFormat.upgrades`). */
const UPGRADES: ReadonlyMap<number, Upgrade> = new Map<number, Upgrade>([[1, (data) => data]]);
export const SUPPORTED_BACKUP_VERSIONS: readonly number[] = [...UPGRADES.keys()];

/**
 * The rules a backup must follow beyond its schema, so that restoring it gives a consistent
 * database: unique profile ids, one answer per profile and item, no answer without a profile.
 */
export function findRuleProblem(backup: Backup): RuleProblem | undefined {
	const profileIds = new Set<string>();
	for (const [i, profile] of backup.profiles.entries()) {
		if (profileIds.has(profile.id)) {
			return {
				path: ['profiles', i, 'id'],
				problem: { kind: 'unique-value', params: { value: profile.id } }
			};
		}
		profileIds.add(profile.id);
	}
	const answered = new Set<string>();
	for (const [i, answer] of backup.answers.entries()) {
		if (!profileIds.has(answer.profileId)) {
			return {
				path: ['answers', i, 'profileId'],
				problem: { kind: 'known-profile', params: { value: answer.profileId } }
			};
		}
		const key = `${answer.profileId}\u0000${answer.itemId}`;
		if (answered.has(key)) {
			return {
				path: ['answers', i, 'itemId'],
				problem: { kind: 'unique-value', params: { value: answer.itemId } }
			};
		}
		answered.add(key);
	}
	return undefined;
}

export const BACKUP_FILE: FileFormat<Backup> = {
	format: BACKUP_FORMAT,
	id: 'backup',
	currentVersion: BACKUP_FORMAT_VERSION,
	maxBytes: BACKUP_MAX_BYTES,
	upgrades: UPGRADES,
	schema: backupSchema,
	rules: findRuleProblem
};

function asBackupResult(result: ReadResult<Backup>): ReadBackupResult {
	return result.ok ? { ok: true, backup: result.value } : result;
}

/** Refuses a file by its declared size before it is read (`file.size`). */
export function checkBackupSize(size: number, fileName: string): ReadBackupResult | undefined {
	const result = checkFileSize(BACKUP_FILE, size, fileName);
	return result && asBackupResult(result);
}

/** Reads a backup file; never throws; an error names the file and the field. */
export function readBackup(bytes: ArrayBuffer | Uint8Array, fileName: string): ReadBackupResult {
	return asBackupResult(readVersionedFile(BACKUP_FILE, bytes, fileName));
}
