import type { z } from '../zod.ts';
import { checkSize, formatPath, parseJsonBytes, type JsonErrorCode } from './safe-json.ts';

export type FileErrorCode =
	| JsonErrorCode
	| 'unreadable'
	| 'wrong-format'
	| 'newer-version'
	| 'unsupported-version'
	| 'invalid';

export interface FileError {
	code: FileErrorCode;
	fileName: string;
	/** Where in the file, like `answers[3].status`; empty when it is about the whole file. */
	field: string;
	message: string;
	/** `pack.json › overrides.x: Invalid option` */
	text: string;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: FileError };

export type Upgrade = (data: Record<string, unknown>) => Record<string, unknown>;

/** Everything needed to read one of our file formats from untrusted bytes. */
export interface FileFormat<T> {
	format: string;
	/** "backup", "policy pack": used in messages. */
	label: string;
	currentVersion: number;
	maxBytes: number;
	/**
	 * Every version this app reads, each with a pure step to the current one (run before the
	 * schema). A new version turns the previous identity step into a real conversion; no version
	 * is ever dropped silently.
	 */
	upgrades: ReadonlyMap<number, Upgrade>;
	schema: z.ZodType<T>;
	/** Rules beyond the schema; the first broken one, if any. */
	rules?: (value: T) => { field: string; message: string } | undefined;
}

// Control and bidi characters: a file name is shown to the person and must not reorder the text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** The file name as it may be shown: printable, and short enough for one line. */
export function displayFileName(name: string, fallback = 'file'): string {
	const clean = name.replace(UNSAFE_NAME_CHARS, '\ufffd').trim() || fallback;
	return clean.length > 100 ? `${clean.slice(0, 60)}…${clean.slice(-30)}` : clean;
}

export function fileFailure(
	fileName: string,
	code: FileErrorCode,
	field: string,
	message: string
): { ok: false; error: FileError } {
	const name = displayFileName(fileName);
	const text = field ? `${name} › ${field}: ${message}` : `${name}: ${message}`;
	return { ok: false, error: { code, fileName: name, field, message, text } };
}

/** The first problem zod found, as a field path and a message (unknown keys name the key). */
export function firstIssue(error: z.ZodError, label: string): { field: string; message: string } {
	const [issue] = error.issues;
	if (!issue) return { field: '', message: `is not a valid ${label}` };
	const path = [...issue.path];
	if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
	const more = error.issues.length - 1;
	const suffix = more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : '';
	return { field: formatPath(path), message: issue.message + suffix };
}

/** Refuses a file by its declared size before it is read (`file.size`). */
export function checkFileSize<T>(
	format: FileFormat<T>,
	size: number,
	fileName: string
): ReadResult<T> | undefined {
	const checked = checkSize(size, format.maxBytes);
	return checked.ok ? undefined : fileFailure(fileName, 'too-big', '', checked.error.message);
}

function versionOf<T>(
	format: FileFormat<T>,
	record: Record<string, unknown>,
	fileName: string
): { ok: true; upgrade: Upgrade } | { ok: false; error: FileError } {
	const version = record.formatVersion;
	if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
		return fileFailure(fileName, 'invalid', 'formatVersion', 'must be a whole number');
	}
	if (version > format.currentVersion) {
		return fileFailure(
			fileName,
			'newer-version',
			'formatVersion',
			`is ${version}: this ${format.label} was made by a newer version of the app; update the app`
		);
	}
	const upgrade = format.upgrades.get(version);
	if (upgrade) return { ok: true, upgrade };
	const known = [...format.upgrades.keys()].join(', ');
	return fileFailure(
		fileName,
		'unsupported-version',
		'formatVersion',
		`is ${version}: this app reads versions ${known}`
	);
}

function read<T>(format: FileFormat<T>, bytes: ArrayBuffer | Uint8Array, fileName: string) {
	const parsed = parseJsonBytes(bytes, { maxBytes: format.maxBytes });
	if (!parsed.ok) {
		const { code, field, message } = parsed.error;
		return fileFailure(fileName, code, field, message);
	}
	const data = parsed.value;
	const wrong = `this is not a Telework Check ${format.label}`;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return fileFailure(fileName, 'wrong-format', '', wrong);
	}
	const record = data as Record<string, unknown>;
	if (record.format !== format.format) {
		return fileFailure(fileName, 'wrong-format', 'format', `must be "${format.format}": ${wrong}`);
	}
	const version = versionOf(format, record, fileName);
	if (!version.ok) return version;
	const checked = format.schema.safeParse(version.upgrade(record));
	if (!checked.success) {
		const { field, message } = firstIssue(checked.error, format.label);
		return fileFailure(fileName, 'invalid', field, message);
	}
	const problem = format.rules?.(checked.data);
	if (problem) return fileFailure(fileName, 'invalid', problem.field, problem.message);
	return { ok: true as const, value: checked.data };
}

/**
 * Reads one of our files: safe JSON (size, UTF-8, depth, forbidden keys), then its format and
 * version (upgrading older ones), the strict schema and the rules. Never throws; an error names
 * the file and the field.
 */
export function readVersionedFile<T>(
	format: FileFormat<T>,
	bytes: ArrayBuffer | Uint8Array,
	fileName: string
): ReadResult<T> {
	try {
		return read(format, bytes, fileName);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return fileFailure(fileName, 'invalid', '', `could not be read (${reason})`);
	}
}
