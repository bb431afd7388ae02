import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
	compileContent,
	formatIssue,
	type CompileResult,
	type Content,
	type SourceFile
} from '../domain/content/compile.ts';

/** Reads every YAML file under `dir`, with paths relative to `root` (for error messages). */
export async function readChecklistFiles(dir: string, root = process.cwd()): Promise<SourceFile[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
		.map((e) => join(e.parentPath, e.name))
		.sort();
	return Promise.all(
		files.map(async (path) => ({
			path: relative(root, path).split(sep).join('/'),
			text: await readFile(path, 'utf8')
		}))
	);
}

/** Reads and compiles the content; throws one error listing every problem found. */
export async function loadContent(dir: string, root = process.cwd()): Promise<Content> {
	return (await loadCompiled(dir, root)).content;
}

/** The content with its traceability map (for reports), or one error listing every problem. */
export async function loadCompiled(
	dir: string,
	root = process.cwd()
): Promise<Extract<CompileResult, { ok: true }>> {
	const result = compileContent(await readChecklistFiles(dir, root));
	if (result.ok) return result;
	const lines = result.issues.map((i) => `  - ${formatIssue(i)}`).join('\n');
	throw new Error(`Invalid checklist content (${result.issues.length} problem(s)):\n${lines}`);
}
