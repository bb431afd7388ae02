// `node src/cli/run-aggregate.js <folder or files...> [--pack file] [--identity key.txt] [--out dir] [--lang ja|en] [--debug]`:
// runs src/cli/aggregate.ts through Vite's module runner (as the scripts do), because Node 20
// cannot load TypeScript itself. Works from any folder; paths are relative to where it is run.
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { withModuleRunner } from './module-runner.js';

/**
 * The last guard: whatever escapes (the runner failing to load the command, an error thrown
 * outside it) still ends as one plain line and exit 2; the stack only with --debug.
 * @param {unknown} error
 */
function fail(error) {
	const debug = process.argv.includes('--debug') && error instanceof Error;
	const text = error instanceof Error ? error.message : String(error);
	const line = stripVTControlCharacters(text).replace(/\s+/g, ' ').trim();
	process.stderr.write(`aggregate: could not run: ${line}\n${debug ? `${error.stack}\n` : ''}`);
	process.exit(2);
}
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

const root = fileURLToPath(new URL('../../', import.meta.url));
process.exitCode = await withModuleRunner(root, async (load) => {
	const module = await load(fileURLToPath(new URL('./aggregate.ts', import.meta.url)));
	return module.runAggregate(process.argv.slice(2), {
		root,
		stderr: (/** @type {string} */ line) => process.stderr.write(`${line}\n`)
	});
});
