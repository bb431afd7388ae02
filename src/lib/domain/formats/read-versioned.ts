import type { z } from '../shared/zod.ts';
import { displayName } from '../shared/display-text.ts';
import type { FormatId } from './field-labels.ts';
import { problemOf, type Problem } from './problems.ts';
import {
	checkSize,
	formatPath,
	parseJsonBytes,
	type JsonErrorCode,
	type JsonPath
} from './safe-json.ts';

export type FileErrorCode =
	| JsonErrorCode
	| 'unreadable'
	| 'wrong-format'
	| 'newer-version'
	| 'unsupported-version'
	| 'invalid';

/**
 * What is wrong with a file, for the UI to word in the reader's language (`fileErrorText`): the
 * file, the field (named by its label, never by its path) and what the field expects.
 */
export interface FileError {
	code: FileErrorCode;
	fileName: string;
	/** The format whose labels name `path`; absent while the file's format is not known. */
	format?: FormatId;
	/** Where in the file; empty when it is about the whole file. */
	path: JsonPath;
	/** `path` as code writes it (`answers[3].status`), for logs and tests: never shown. */
	field: string;
	problem: Problem;
	/** How many more problems the file has. */
	more: number;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: FileError };

export type Upgrade = (data: Record<string, unknown>) => Record<string, unknown>;

/** A problem a format's own rules found, beyond its schema. */
export interface RuleProblem {
	path: JsonPath;
	problem: Problem;
}

/** Everything needed to read one of our file formats from untrusted bytes. */
export interface FileFormat<T> {
	format: string;
	/** Which format, for its field labels and its name in messages. */
	id: FormatId;
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
	rules?: (value: T) => RuleProblem | undefined;
}

/** The name a link's data goes by: the UI calls it "the link" in the reader's language. */
export const LINK_NAME = '#link';

/** The file name as it may be shown: printable, and short enough for one line. */
export function displayFileName(name: string, fallback = 'file'): string {
	return displayName(name, fallback);
}

export function fileFailure(
	fileName: string,
	code: FileErrorCode,
	problem: Problem,
	where: { format?: FormatId; path?: JsonPath; more?: number } = {}
): { ok: false; error: FileError } {
	const path = where.path ?? [];
	return {
		ok: false,
		error: {
			code,
			fileName: displayFileName(fileName),
			...(where.format ? { format: where.format } : {}),
			path,
			field: formatPath(path),
			problem,
			more: where.more ?? 0
		}
	};
}

/** The first problem zod found, as a path (list indexes and keys) and what the field expects. */
export function firstIssue(
	error: z.ZodError,
	schema: z.core.$ZodType
): RuleProblem & { more: number } {
	const [issue] = error.issues;
	if (!issue) return { path: [], problem: { kind: 'valid' }, more: 0 };
	const path = issue.path.filter(
		(part): part is string | number => typeof part === 'string' || typeof part === 'number'
	);
	return { path, problem: problemOf(issue, schema), more: error.issues.length - 1 };
}

/** Refuses a file by its declared size before it is read (`file.size`). */
export function checkFileSize<T>(
	format: FileFormat<T>,
	size: number,
	fileName: string
): ReadResult<T> | undefined {
	const checked = checkSize(size, format.maxBytes);
	return checked.ok ? undefined : fileFailure(fileName, 'too-big', checked.error.problem);
}

function versionOf<T>(
	format: FileFormat<T>,
	record: Record<string, unknown>,
	fileName: string
): { ok: true; upgrade: Upgrade } | { ok: false; error: FileError } {
	const version = record.formatVersion;
	const where = { format: format.id, path: ['formatVersion'] };
	if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
		return fileFailure(fileName, 'invalid', { kind: 'whole-number' }, where);
	}
	if (version > format.currentVersion) {
		return fileFailure(fileName, 'newer-version', { kind: 'newer-version', params: { version } });
	}
	const upgrade = format.upgrades.get(version);
	if (upgrade) return { ok: true, upgrade };
	const known = [...format.upgrades.keys()].join(', ');
	return fileFailure(fileName, 'unsupported-version', {
		kind: 'unsupported-version',
		params: { version, known }
	});
}

function read<T>(format: FileFormat<T>, bytes: ArrayBuffer | Uint8Array, fileName: string) {
	const parsed = parseJsonBytes(bytes, { maxBytes: format.maxBytes });
	if (!parsed.ok) {
		const { code, path, problem } = parsed.error;
		// The format is not known yet, but a path in it is best named by the expected one's labels.
		return fileFailure(fileName, code, problem, { format: format.id, path });
	}
	const data = parsed.value;
	const wrong = { kind: 'wrong-format', params: { format: format.id } } as const;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return fileFailure(fileName, 'wrong-format', wrong);
	}
	const record = data as Record<string, unknown>;
	if (record.format !== format.format) return fileFailure(fileName, 'wrong-format', wrong);
	const version = versionOf(format, record, fileName);
	if (!version.ok) return version;
	const checked = format.schema.safeParse(version.upgrade(record), { reportInput: true });
	if (!checked.success) {
		const { path, problem, more } = firstIssue(checked.error, format.schema);
		return fileFailure(fileName, 'invalid', problem, { format: format.id, path, more });
	}
	const broken = format.rules?.(checked.data);
	if (broken)
		return fileFailure(fileName, 'invalid', broken.problem, { format: format.id, ...broken });
	return { ok: true as const, value: checked.data };
}

/**
 * Reads one of our files: safe JSON (size, UTF-8, depth, forbidden and duplicate keys), then its format and
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
		console.error(`Reading ${displayFileName(fileName)} failed`, error);
		return fileFailure(fileName, 'invalid', { kind: 'unreadable' });
	}
}
