/** A wrong option: its message, then the usage; exit 2. */
export class UsageError extends Error {}

/**
 * A path that cannot serve: a missing input, a folder as --pack, an output place that cannot be
 * written. Its message alone, one line; exit 2.
 */
export class PathError extends Error {}

const NOT_FOUND = 'does not exist';

/** Plain words for the file system's error codes. */
const REASONS: Record<string, string> = {
	ENOENT: NOT_FOUND,
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EROFS: 'read-only file system',
	ENOSPC: 'no space left on the device',
	EDQUOT: 'disk quota exceeded',
	EISDIR: 'is a folder',
	ENOTDIR: 'part of the path is a file, not a folder',
	ELOOP: 'too many links in a row (a link loop)',
	ENAMETOOLONG: 'the name is too long',
	EMFILE: 'too many files open',
	EIO: 'input/output error (the disk or the network drive failed)'
};

function knownReason(error: unknown): string | undefined {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return code ? REASONS[code] : undefined;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The reason alone, where the path is already named: "permission denied". */
export function reasonText(error: unknown): string {
	return knownReason(error) ?? messageOf(error);
}

/** A path and what is wrong with it: `"a/b" does not exist`, `"a/b": permission denied`. */
export function pathText(path: string, error: unknown): string {
	const reason = reasonText(error);
	return reason === NOT_FOUND ? `"${path}" ${reason}` : `"${path}": ${reason}`;
}

/** What went wrong, in one line a person can act on; never Node's "EACCES: …" with a stack. */
export function errorText(error: unknown): string {
	const path = (error as NodeJS.ErrnoException | undefined)?.path;
	return knownReason(error) && path ? pathText(path, error) : messageOf(error);
}
