import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupSchema, type Backup } from './backup.ts';
import { checkSize, formatPath, parseJsonBytes, type JsonErrorCode } from './safe-json.ts';

/** A real backup is a few hundred kilobytes at most; anything far bigger is not one of ours. */
export const BACKUP_MAX_BYTES = 5 * 1024 * 1024;

export type BackupErrorCode =
	JsonErrorCode | 'not-backup' | 'newer-version' | 'unsupported-version' | 'invalid';

export interface BackupError {
	code: BackupErrorCode;
	fileName: string;
	/** Where in the file, like `answers[3].status`; empty when it is about the whole file. */
	field: string;
	message: string;
	/** `telework-check-backup-2026-11-24.json › answers[3].status: Invalid option` */
	text: string;
}

export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

type Upgrade = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Every format version this app reads, each with a pure step that turns it into the current
 * one (before the schema checks it). A new version adds its identity entry here and turns the
 * previous identity into a real conversion; no version is ever dropped silently.
 */
const UPGRADES: ReadonlyMap<number, Upgrade> = new Map<number, Upgrade>([[1, (data) => data]]);
export const SUPPORTED_BACKUP_VERSIONS: readonly number[] = [...UPGRADES.keys()];

// Control and bidi characters: a file name is shown to the person and must not reorder the text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** The file name as it may be shown: printable, and short enough for one line. */
export function displayFileName(name: string): string {
	const clean = name.replace(UNSAFE_NAME_CHARS, '\ufffd').trim() || 'backup';
	return clean.length > 100 ? `${clean.slice(0, 60)}…${clean.slice(-30)}` : clean;
}

function failure(
	fileName: string,
	code: BackupErrorCode,
	field: string,
	message: string
): ReadBackupResult {
	const name = displayFileName(fileName);
	const text = field ? `${name} › ${field}: ${message}` : `${name}: ${message}`;
	return { ok: false, error: { code, fileName: name, field, message, text } };
}

/** The first problem zod found, as a field path and a message (unknown keys name the key). */
function firstIssue(error: z.ZodError): { field: string; message: string } {
	const [issue] = error.issues;
	if (!issue) return { field: '', message: 'is not a valid backup' };
	const path = [...issue.path];
	if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
	const more = error.issues.length - 1;
	const suffix = more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : '';
	return { field: formatPath(path), message: issue.message + suffix };
}

/**
 * The rules a backup must follow beyond its schema, so that restoring it gives a consistent
 * database: unique profile ids, one answer per profile and item, no answer without a profile.
 */
export function findRuleProblem(backup: Backup): { field: string; message: string } | undefined {
	const profileIds = new Map<string, number>();
	for (const [i, profile] of backup.profiles.entries()) {
		const first = profileIds.get(profile.id);
		if (first !== undefined) {
			return {
				field: `profiles[${i}].id`,
				message: `profiles[${first}] already uses the id "${profile.id}"`
			};
		}
		profileIds.set(profile.id, i);
	}
	const answered = new Map<string, number>();
	for (const [i, answer] of backup.answers.entries()) {
		if (!profileIds.has(answer.profileId)) {
			return {
				field: `answers[${i}].profileId`,
				message: `no device profile with the id "${answer.profileId}" is in this backup`
			};
		}
		const key = `${answer.profileId}\u0000${answer.itemId}`;
		const first = answered.get(key);
		if (first !== undefined) {
			return {
				field: `answers[${i}].itemId`,
				message: `answers[${first}] already answers "${answer.itemId}" for the device profile "${answer.profileId}"`
			};
		}
		answered.set(key, i);
	}
	return undefined;
}

/** Refuses a file by its declared size before it is read (`file.size`). */
export function checkBackupSize(size: number, fileName: string): ReadBackupResult | undefined {
	const checked = checkSize(size, BACKUP_MAX_BYTES);
	return checked.ok ? undefined : failure(fileName, 'too-big', '', checked.error.message);
}

function read(bytes: ArrayBuffer | Uint8Array, fileName: string): ReadBackupResult {
	const parsed = parseJsonBytes(bytes, { maxBytes: BACKUP_MAX_BYTES });
	if (!parsed.ok) {
		const { code, field, message } = parsed.error;
		return failure(fileName, code, field, message);
	}
	const data = parsed.value;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return failure(fileName, 'not-backup', '', 'this is not a Telework Check backup');
	}
	const record = data as Record<string, unknown>;
	if (record.format !== BACKUP_FORMAT) {
		return failure(
			fileName,
			'not-backup',
			'format',
			`must be "${BACKUP_FORMAT}": this is not a Telework Check backup`
		);
	}

	const version = record.formatVersion;
	if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
		return failure(fileName, 'invalid', 'formatVersion', 'must be a whole number');
	}
	if (version > BACKUP_FORMAT_VERSION) {
		return failure(
			fileName,
			'newer-version',
			'formatVersion',
			`is ${version}: this backup was made by a newer version of the app; update the app`
		);
	}
	const upgrade = UPGRADES.get(version);
	if (!upgrade) {
		return failure(
			fileName,
			'unsupported-version',
			'formatVersion',
			`is ${version}: this app reads versions ${SUPPORTED_BACKUP_VERSIONS.join(', ')}`
		);
	}

	const checked = backupSchema.safeParse(upgrade(record));
	if (!checked.success) {
		const { field, message } = firstIssue(checked.error);
		return failure(fileName, 'invalid', field, message);
	}
	const problem = findRuleProblem(checked.data);
	if (problem) return failure(fileName, 'invalid', problem.field, problem.message);
	return { ok: true, backup: checked.data };
}

/**
 * Reads a backup file: safe JSON (size, UTF-8, depth, forbidden keys), then its format and
 * version, the strict schema and the consistency rules. Never throws; an error names the
 * file and the field.
 */
export function readBackup(bytes: ArrayBuffer | Uint8Array, fileName: string): ReadBackupResult {
	try {
		return read(bytes, fileName);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return failure(fileName, 'invalid', '', `could not be read (${reason})`);
	}
}
