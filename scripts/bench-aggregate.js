// The organisation aggregate's time and memory: 10,000 and 100,000 synthetic summaries fed to
// the aggregator in memory (targets: 1 s and 10 s), then the CLI over 2,000 and 8,000 files in a
// temporary folder (it streams: its memory follows the number of devices, plus a line per file).
// Each measurement runs in a child process of its own, so that no run's memory counts in
// another's. Loads the TypeScript through Vite, as content-report.js does.
// `node scripts/bench-aggregate.js` runs it alone; bench.js can call benchAggregate().
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const NOW = new Date('2026-12-01T09:00:00.000Z');
/** @type {Record<number, number>} */
const TARGET_MS = { 10000: 1000, 100000: 10000 };
const CHUNK = 5000;
const CHILD = '--child';

const mb = (/** @type {number} */ bytes) => Math.round(bytes / (1024 * 1024));

async function modules() {
	const { module } = await runnerImport(join(ROOT, 'tests/fixtures/aggregate/bench-modules.ts'), {
		root: ROOT
	});
	return module;
}

/** The heap still in use after a full collection (children run with --expose-gc). */
function liveHeap() {
	globalThis.gc?.();
	return process.memoryUsage().heapUsed;
}

/**
 * Peak heap and RSS over the samples taken, and the peak live heap (after a collection: what is
 * really kept, not garbage waiting to be collected).
 */
function memoryPeaks() {
	let heap = 0;
	let rss = 0;
	let live = 0;
	return {
		sample() {
			const usage = process.memoryUsage();
			heap = Math.max(heap, usage.heapUsed);
			rss = Math.max(rss, usage.rss);
		},
		sampleLive() {
			live = Math.max(live, liveHeap());
		},
		get() {
			return { peakHeapMB: mb(heap), peakRssMB: mb(rss), peakLiveHeapMB: mb(live) };
		}
	};
}

/** @param {Iterator<unknown>} iterator */
function take(iterator) {
	const chunk = [];
	for (let next = iterator.next(); !next.done; next = iterator.next()) {
		chunk.push(next.value);
		if (chunk.length === CHUNK) break;
	}
	return chunk;
}

/**
 * Child: feeds `count` summaries to one aggregator, made CHUNK at a time outside the clock (the
 * figure is the aggregator's, not the generator's), then builds the report.
 * @param {number} count
 * @param {'typical' | 'scattered'} variety
 */
async function memoryChild(count, variety) {
	const m = await modules();
	const content = await m.loadContent(join(ROOT, 'checklists'), ROOT);
	const summaries = m.syntheticSummaries({ content, count, now: NOW, variety, sealed: false });
	const baseline = liveHeap();
	const aggregator = m.createAggregator({ content, now: NOW });
	const memory = memoryPeaks();
	let addMs = 0;
	for (let chunk = take(summaries); chunk.length > 0; chunk = take(summaries)) {
		// The generator's garbage is collected before the clock starts, not in the aggregator's time.
		globalThis.gc?.();
		const start = performance.now();
		for (const summary of chunk) aggregator.add(summary, summary.createdAt);
		addMs += performance.now() - start;
		memory.sample();
	}
	// What the aggregator keeps between summaries: it grows with the devices, not the files.
	const retainedMB = mb(liveHeap() - baseline);
	const start = performance.now();
	const report = aggregator.result();
	const resultMs = performance.now() - start;
	memory.sample();
	memory.sampleLive();
	const totalMs = Math.round(addMs + resultMs);
	return {
		summaries: count,
		variety,
		addMs: Math.round(addMs),
		resultMs: Math.round(resultMs),
		totalMs,
		targetMs: TARGET_MS[count],
		pass: totalMs <= (TARGET_MS[count] ?? Infinity),
		profiles: report.totals.profiles,
		retainedMB,
		...memory.get()
	};
}

/**
 * Child: writes `count` sealed summary files for `profiles` device profiles into `dir`.
 * @param {number} count
 * @param {number} profiles
 * @param {string} dir
 */
async function filesChild(count, profiles, dir) {
	const m = await modules();
	const content = await m.loadContent(join(ROOT, 'checklists'), ROOT);
	await mkdir(dir, { recursive: true });
	let i = 0;
	for (const summary of m.syntheticSummaries({ content, count, profiles, now: NOW, seed: 2 })) {
		await writeFile(join(dir, `summary-${i++}.json`), JSON.stringify(summary));
	}
	return { files: count };
}

/**
 * Child: the CLI over `dir`, its memory sampled while it runs (it awaits file reads, so the
 * sampling timer gets its turns).
 * @param {string} dir
 */
async function cliChild(dir) {
	const { runAggregate } = (await runnerImport(join(ROOT, 'src/cli/aggregate.ts'), { root: ROOT }))
		.module;
	const memory = memoryPeaks();
	const timer = setInterval(() => memory.sample(), 20);
	// A full collection now and then: a few per cent of the time, but it shows what is kept.
	const liveTimer = setInterval(() => memory.sampleLive(), 250);
	const start = performance.now();
	const args = [dir, '--out', `${dir}-out`, '--now', NOW.toISOString()];
	const code = await runAggregate(args, { root: ROOT, stderr: () => {} });
	const ms = Math.round(performance.now() - start);
	clearInterval(timer);
	clearInterval(liveTimer);
	memory.sample();
	if (code !== 0) throw new Error(`the CLI exited with ${code}`);
	return { ms, ...memory.get(), maxRssMB: mb(process.resourceUsage().maxRSS * 1024) };
}

/**
 * Runs one measurement in a fresh Node process and returns what it printed.
 * @param {string[]} args
 */
async function inChild(args) {
	const script = fileURLToPath(import.meta.url);
	const child = spawn(process.execPath, ['--expose-gc', script, CHILD, ...args], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	const code = await new Promise((resolve) => child.on('close', resolve));
	if (code !== 0) throw new Error(`bench child ${args.join(' ')} exited with ${code}`);
	return JSON.parse(output);
}

/**
 * @returns {Promise<{
 *   inMemory: { summaries: number, variety: string, addMs: number, resultMs: number,
 *     totalMs: number, targetMs: number, pass: boolean, profiles: number, retainedMB: number,
 *     peakHeapMB: number, peakRssMB: number, peakLiveHeapMB: number }[],
 *   cli: { files: number, profiles: number, ms: number, peakHeapMB: number, peakRssMB: number,
 *     peakLiveHeapMB: number, maxRssMB: number }[] }>}
 */
export async function benchAggregate() {
	const inMemory = [];
	for (const count of [10000, 100000]) {
		for (const variety of ['typical', 'scattered']) {
			const run = await inChild(['memory', String(count), variety]);
			console.log(
				`Aggregate: ${count} summaries (${variety} contexts) in ${run.totalMs} ms ` +
					`(add ${run.addMs} + report ${run.resultMs}; target ${run.targetMs} ms: ` +
					`${run.pass ? 'PASS' : 'FAIL'}); kept ${run.retainedMB} MB, ` +
					`peak heap ${run.peakHeapMB} MB, RSS ${run.peakRssMB} MB`
			);
			inMemory.push(run);
		}
	}
	const dir = await mkdtemp(join(tmpdir(), 'bench-aggregate-'));
	const cli = [];
	try {
		// The same 2,000 devices collected over one and over four rounds, then 8,000 devices: memory
		// follows the devices, not the files.
		for (const [count, profiles] of [
			[2000, 2000],
			[8000, 2000],
			[8000, 8000]
		]) {
			const files = join(dir, `${count}-${profiles}`);
			await inChild(['files', String(count), files, String(profiles)]);
			const run = { files: count, profiles, ...(await inChild(['cli', files])) };
			console.log(
				`Aggregate CLI: ${count} files for ${profiles} devices in ${run.ms} ms, ` +
					`live heap ${run.peakLiveHeapMB} MB, peak heap ${run.peakHeapMB} MB, ` +
					`max RSS ${run.maxRssMB} MB`
			);
			cli.push(run);
		}
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
	return { inMemory, cli };
}

/** @param {string[]} args */
async function child([mode, a = '', b = '', c = '']) {
	const result =
		mode === 'memory'
			? await memoryChild(Number(a), b === 'scattered' ? 'scattered' : 'typical')
			: mode === 'files'
				? await filesChild(Number(a), Number(c), b)
				: await cliChild(a);
	process.stdout.write(JSON.stringify(result));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	if (process.argv[2] === CHILD) await child(process.argv.slice(3));
	else await benchAggregate();
}
