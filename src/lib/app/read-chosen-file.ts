import {
	checkFileSize,
	fileFailure,
	readVersionedFile,
	type FileFormat,
	type ReadResult
} from '$lib/domain/formats/read-versioned';

/** What a file input gives (a `File`), reduced to what reading needs. */
export type ChosenFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/**
 * Reads a file the person chose: refused by its declared size before a byte is read, then read
 * and checked as `format`. Never throws; a file that went away (moved, deleted, no permission)
 * is an `unreadable` error naming the file.
 */
export async function readChosenFile<T>(
	format: FileFormat<T>,
	file: ChosenFile
): Promise<ReadResult<T>> {
	const tooBig = checkFileSize(format, file.size, file.name);
	if (tooBig) return tooBig;
	let bytes: ArrayBuffer;
	try {
		bytes = await file.arrayBuffer();
	} catch (error) {
		console.error(`Reading ${file.name} failed`, error);
		return fileFailure(file.name, 'unreadable', { kind: 'unreadable' });
	}
	return readVersionedFile(format, bytes, file.name);
}
