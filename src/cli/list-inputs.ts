import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PathError, pathText, reasonText } from './cli-error.ts';
import { notRegularText } from './regular-file.ts';

/** An entry not read, and why. */
export interface Skipped {
	path: string;
	reason: string;
	/** Its name alone says it is no summary (notes.txt): listed, but not a fault. */
	ignored?: true;
}

export interface Listing {
	/** The files to read, by absolute path, sorted. */
	files: string[];
	/** Everything else met on the way, sorted by path. */
	skipped: Skipped[];
}

/** A summary, plain or encrypted with age. */
const SUMMARY_NAME = /\.(json|age)$/i;

/**
 * Every file to read: the files named, as they are; under the folders named, every *.json
 * and *.age file, in subfolders too. Links to files are followed (a folder of links to the summaries is
 * a normal way to collect them); links to folders are not (they can loop or lead anywhere:
 * name the folder itself). Nothing is opened here: a FIFO, socket or device is told apart by
 * its type and skipped, never read. The output folder is not read back as input.
 */
export async function listInputs(inputs: readonly string[], outDir: string): Promise<Listing> {
	const files = new Set<string>();
	const skipped = new Map<string, Skipped>();
	const out = resolve(outDir);
	const skip = (path: string, reason: string, ignored?: true) =>
		skipped.set(path, { path, reason, ...(ignored ? { ignored } : {}) });

	async function walk(dir: string): Promise<void> {
		let entries: Dirent[];
		try {
			entries = await readdir(dir, { withFileTypes: true });
		} catch (error) {
			skip(dir, `folder cannot be listed (${reasonText(error)})`);
			return;
		}
		for (const entry of entries) await visit(join(dir, entry.name), entry);
	}

	async function visit(path: string, entry: Dirent): Promise<void> {
		if (entry.isDirectory()) {
			if (path === out) skip(path, 'the output folder (--out), not read', true);
			else await walk(path);
			return;
		}
		const target = entry.isSymbolicLink() ? await follow(path) : entry;
		if (typeof target !== 'string' && target.isDirectory()) skip(path, LINK_TO_FOLDER);
		else if (!SUMMARY_NAME.test(entry.name))
			skip(path, 'not named *.json or *.age, not read', true);
		else if (typeof target === 'string') skip(path, target);
		else if (target.isFile()) files.add(path);
		else skip(path, `${notRegularText(target)}, not opened`);
	}

	for (const input of inputs) {
		const path = resolve(input);
		const info = await stat(path).catch((error: unknown) => {
			throw new PathError(pathText(input, error));
		});
		if (info.isDirectory()) await walk(path);
		else if (info.isFile()) files.add(path);
		else skip(path, `${notRegularText(info)}, not opened`);
	}
	return {
		files: [...files].sort(),
		skipped: [...skipped.values()].sort((a, b) => (a.path < b.path ? -1 : 1))
	};
}

const LINK_TO_FOLDER = 'a link to a folder, not followed (name the folder itself)';

/** What a link points to, or why it cannot be followed. */
async function follow(path: string): Promise<Stats | string> {
	try {
		return await stat(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return 'a link to nothing (dangling link)';
		return `a link that cannot be followed (${reasonText(error)})`;
	}
}
