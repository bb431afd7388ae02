import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

type Kind = Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice'>;

/** What an entry is when it is no regular file: "a FIFO". */
export function kindText(info: Kind): string {
	if (info.isDirectory()) return 'a folder';
	if (info.isFIFO()) return 'a FIFO';
	if (info.isSocket()) return 'a socket';
	return info.isCharacterDevice() ? 'a character device' : 'a block device';
}

export const notRegularText = (info: Kind) => `not a regular file (${kindText(info)})`;

export type RegularRead<R> = { bytes: Buffer } | { refused: R } | { notRegular: string };

/**
 * A regular file's bytes. Opened non-blocking and checked on the open handle: a FIFO or device
 * put in its place after the folder was listed is neither waited on nor read. `refuse` sees the
 * size before any byte is read and may say why not.
 */
export async function readRegularFile<R>(
	path: string,
	refuse: (size: number) => R | undefined
): Promise<RegularRead<R>> {
	const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const info = await handle.stat();
		if (!info.isFile()) return { notRegular: notRegularText(info) };
		const refused = refuse(info.size);
		return refused === undefined ? { bytes: await handle.readFile() } : { refused };
	} finally {
		await handle.close();
	}
}
