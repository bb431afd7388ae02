// `node src/cli/run-aggregate.js <folder or files...> [--pack file] [--out dir] [--lang ja|en]`:
// runs src/cli/aggregate.ts through Vite's module runner (as the scripts do), because Node 20
// cannot load TypeScript itself. Works from any folder; paths are relative to where it is run.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('./aggregate.ts', import.meta.url)), {
	root,
	logLevel: 'silent'
});
process.exitCode = await module.runAggregate(process.argv.slice(2), {
	root,
	stderr: (/** @type {string} */ line) => process.stderr.write(`${line}\n`)
});
