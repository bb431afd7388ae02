import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { PathError, reasonText } from './cli-error.ts';
import { kindText } from './regular-file.ts';

export interface OutputPlace {
	/** Writes each file beside its final name, then renames them into place. */
	commit(contents: ReadonlyMap<string, string>): Promise<void>;
	/** Takes back what preparing made (the folder, if it was new); for a run that failed. */
	discard(): Promise<void>;
}

/**
 * Checks, before any input is read, that the named files can be written in `dir`: it is (or
 * can be made) a folder, no output name is taken by a folder, and a file can be created there.
 * Every problem is a PathError naming the path, so a long run never ends on a bad --out.
 */
export async function prepareOutput(dir: string, names: readonly string[]): Promise<OutputPlace> {
	await refuseNonFolder(dir);
	const created = await mkdir(dir, { recursive: true }).catch(async (error: unknown) => {
		throw await placeError(dir, error);
	});
	const discard = () => removeCreated(dir, created);
	try {
		for (const name of names) await refuseFolderAt(join(dir, name));
		await probe(dir);
	} catch (error) {
		await discard();
		throw error instanceof PathError ? error : await placeError(dir, error);
	}
	return { commit: (contents) => commit(dir, contents), discard };
}

/** A temporary name in the same folder, so that renaming it into place is atomic. */
const tempPath = (dir: string, name: string) =>
	join(dir, `.${name}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);

async function refuseNonFolder(dir: string): Promise<void> {
	const info = await stat(dir).catch(async (error: unknown) => {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw await placeError(dir, error);
	});
	if (!info || info.isDirectory()) return;
	const what = info.isFile() ? 'a file' : kindText(info);
	throw new PathError(`--out "${dir}" is ${what}, not a folder`);
}

async function refuseFolderAt(path: string): Promise<void> {
	const info = await lstat(path).catch(() => undefined);
	if (info?.isDirectory()) {
		throw new PathError(`--out: "${path}" is a folder; an output file cannot replace it`);
	}
}

/** "--out "a/b/c": "a/b" is a file, not a folder"; else the reason the folder cannot be written. */
async function placeError(dir: string, error: unknown): Promise<PathError> {
	if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') {
		// Walked up as written, so that the file in the way is named as the person named it.
		for (let path = dirname(dir); path !== dirname(path); path = dirname(path)) {
			const info = await stat(path).catch(() => undefined);
			if (info && !info.isDirectory()) {
				return new PathError(`--out "${dir}": "${path}" is a file, not a folder`);
			}
		}
	}
	return new PathError(`cannot write to --out "${dir}": ${reasonText(error)}`);
}

/** Creates and removes a file: the folder takes new files (permissions, read-only disks). */
async function probe(dir: string): Promise<void> {
	const path = tempPath(dir, 'probe');
	await (await open(path, 'wx')).close();
	await rm(path);
}

async function writeDurably(path: string, text: string): Promise<void> {
	const handle = await open(path, 'wx');
	try {
		await handle.writeFile(text);
		await handle.sync();
	} finally {
		await handle.close();
	}
}

async function commit(dir: string, contents: ReadonlyMap<string, string>): Promise<void> {
	const temps: [string, string][] = [];
	try {
		for (const [name, text] of contents) {
			const temp = tempPath(dir, name);
			temps.push([temp, join(dir, name)]);
			await writeDurably(temp, text);
		}
		// Only once every file is whole does any of them replace the previous run's.
		for (; temps.length > 0; temps.shift()) await rename(...temps[0]!);
	} catch (error) {
		await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
		throw new PathError(`could not write to --out "${dir}": ${reasonText(error)}`);
	}
}

/** Removes the folders `mkdir` made, innermost first, as long as they are empty. */
async function removeCreated(dir: string, created: string | undefined): Promise<void> {
	if (!created) return;
	for (let path = resolve(dir); ; path = dirname(path)) {
		const removed = await rmdir(path).then(
			() => true,
			() => false
		);
		if (!removed || path === resolve(created) || dirname(path) === path) return;
	}
}
