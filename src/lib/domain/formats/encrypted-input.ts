import { ageForm, ageMaxBytes, hasAgeName } from './age-header.ts';
import { fileFailure, type ReadResult } from './read-versioned.ts';
import { checkSize } from './safe-json.ts';

export type InputBytes = ArrayBuffer | Uint8Array;

/** The most bytes a file may have before it is read: more when its name says it is encrypted. */
export function inputMaxBytes(fileName: string, plainMax: number): number {
	return hasAgeName(fileName) ? ageMaxBytes(plainMax) : plainMax;
}

/**
 * The bytes to read as JSON: a file encrypted with age (by its content, or by an `.age` name,
 * which then must hold age) is opened with the admin's identities first; any other file is
 * passed on as it is. The age library loads only when a file is encrypted. A file that cannot
 * be opened is an error naming it, with the reason (`encrypted-<failure>`).
 */
export async function decryptIfEncrypted(
	bytes: InputBytes,
	fileName: string,
	identities: readonly string[],
	plainMax: number
): Promise<ReadResult<InputBytes>> {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	if (!ageForm(view) && !hasAgeName(fileName)) return { ok: true, value: bytes };
	const size = checkSize(view.byteLength, ageMaxBytes(plainMax));
	if (!size.ok) return fileFailure(fileName, 'too-big', size.error.problem);
	const { decryptWith } = await import('./age-file.ts');
	const opened = await decryptWith(identities, view);
	if (opened.ok) return { ok: true, value: opened.bytes };
	return fileFailure(fileName, 'unreadable', { kind: `encrypted-${opened.failure}` });
}
