// The tiering engine's time over every employee context with one value per axis (46,080 of
// them): loads the real content and the engine through Vite, as content-report.js does.
// `node scripts/bench-engine.js` runs it alone; bench.js calls benchEngine().
import { pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

/**
 * Builds the checklist for every context once to warm up, then once timed.
 * @returns {Promise<{ contexts: number, totalMs: number, usPerContext: number,
 *   items: { min: number, max: number, total: number }, contentVersion: string }>}
 */
export async function benchEngine() {
	const { module: loader } = await runnerImport('./src/lib/node/read-checklists.ts');
	const { module: combinations } = await runnerImport(
		'./src/lib/domain/engine/context-combinations.ts'
	);
	const { module: tiering } = await runnerImport('./src/lib/domain/engine/tiering.ts');
	const content = await loader.loadContent('checklists');
	// Made before the clock starts: the figure is the engine's, not the generator's.
	const contexts = [...combinations.singleValueContexts('employee')];

	for (const context of contexts) tiering.buildChecklist(content, context);
	let total = 0;
	let min = Infinity;
	let max = 0;
	const start = performance.now();
	for (const context of contexts) {
		const count = tiering.buildChecklist(content, context).length;
		// Using every result keeps the work from being optimised away.
		total += count;
		if (count < min) min = count;
		if (count > max) max = count;
	}
	const totalMs = performance.now() - start;

	const result = {
		contexts: contexts.length,
		totalMs: Math.round(totalMs * 10) / 10,
		usPerContext: Math.round((totalMs / contexts.length) * 1000 * 100) / 100,
		items: { min, max, total },
		contentVersion: content.contentVersion
	};
	console.log(
		`Engine: checklists for ${result.contexts} employee contexts in ${result.totalMs} ms ` +
			`(${result.usPerContext} µs per context; ${min} to ${max} items each)`
	);
	return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await benchEngine();
}
