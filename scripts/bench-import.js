// The admin's summaries through the page in Chromium (issue 18): importing 5,000 staff summaries
// (read and check, then save), 5,000 more, and opening the dashboard with the 10,000 stored. The
// page must stay responsive (no main-thread task of the app over 50 ms from the pick of the
// files on, and none while the dashboard opens) and the dashboard must show within 2 s of its
// navigation. bench.js calls benchPageImport(origin) against a served build;
// `node scripts/bench-import.js` runs it alone against build/.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';

/** One drop: the most the import takes at once (BATCH_MAX_FILES). */
const BATCH = 5000;
const STORED = 2 * BATCH;
const LONG_TASK_TARGET_MS = 50;
const DASHBOARD_TARGET_MS = 2000;
const DASHBOARD_RUNS = 3;

/**
 * Written to disk: handed to the file input as paths, the browser reads them itself, as when a
 * person picks them (buffers would be built inside the page and measure the harness instead).
 * Two batches of distinct devices, so that both are stored.
 * @param {string} dir
 * @returns {Promise<string[][]>}
 */
async function summaryFiles(dir) {
	const { module: loader } = await runnerImport('./src/lib/node/read-checklists.ts');
	const { module: synthetic } = await runnerImport('./tests/fixtures/aggregate/synthetic.ts');
	const content = await loader.loadContent('checklists');
	const summaries = synthetic.syntheticSummaries({ content, count: STORED, now: new Date() });
	/** @type {string[][]} */
	const batches = [[], []];
	let i = 0;
	for (const summary of summaries) {
		const batch = batches[Math.floor(i / BATCH)];
		const sub = join(dir, String(Math.floor(i / BATCH)));
		await mkdir(sub, { recursive: true });
		const path = join(sub, `summary-${i++}.json`);
		await writeFile(path, JSON.stringify(summary));
		batch?.push(path);
	}
	return batches;
}

/** @param {() => Promise<void>} step */
async function timed(step) {
	const start = performance.now();
	await step();
	return Math.round(performance.now() - start);
}

/** Top-level tasks, and what DevTools shows inside them (script, events, layout). */
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline'];

/**
 * The page's main-thread tasks in a Chromium trace, longest first: each one's wall time and the
 * thread's own time in it (on a loaded machine the thread waits for a core within a task, and
 * the two part), what took most of it, and whether it is the browser's own file-picking task
 * (in which it turns thousands of picked files into a FileList, ending with the change event).
 * @param {Buffer} trace
 */
function mainThreadTasks(trace) {
	/** @type {{ traceEvents: any[] }} */
	const { traceEvents } = JSON.parse(trace.toString());
	const mains = new Set(
		traceEvents
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	const onMain = traceEvents.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
	const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
	/** @param {any} task @param {any} e */
	const within = (task, e) =>
		e !== task &&
		e.pid === task.pid &&
		e.tid === task.tid &&
		e.ts >= task.ts &&
		e.ts < task.ts + task.dur;
	const inner = onMain.filter((e) => e.name !== 'ThreadControllerImpl::RunTask');
	return tasks
		.filter((task) => task.dur > 50_000)
		.map((task) => {
			const parts = inner.filter((e) => within(task, e));
			/** @type {Map<string, number>} */
			const byName = new Map();
			for (const e of parts) {
				const outer = parts.some((o) => o !== e && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur);
				if (!outer) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
			}
			const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 3);
			return {
				wallMs: Math.round(task.dur / 1000),
				threadMs: Math.round((task.tdur ?? task.dur) / 1000),
				picking: parts.some((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'change'),
				inside: top.map(([name, ms]) => `${name} ${Math.round(ms)} ms`).join(', ')
			};
		})
		.sort((a, b) => b.wallMs - a.wallMs);
}

const NO_TASK = { wallMs: 0, threadMs: 0, picking: false, inside: '' };

/**
 * Runs `step` while tracing `page`; returns the longest task of the app over 50 ms (none: 0 ms)
 * and the longest file-picking task.
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<void>} step
 */
async function traced(browser, page, step) {
	await browser.startTracing(page, { categories: TRACE_CATEGORIES });
	let trace;
	try {
		await step();
	} finally {
		trace = await browser.stopTracing();
	}
	const tasks = mainThreadTasks(trace);
	return {
		app: tasks.find((task) => !task.picking) ?? NO_TASK,
		picking: tasks.find((task) => task.picking) ?? NO_TASK
	};
}

/**
 * One drop of `files` on /summaries: read and checked until the report counts them all, then
 * saved until the page says so.
 * @param {import('playwright-core').Page} page
 * @param {string[]} files
 */
async function importBatch(page, files) {
	const status = page.getByTestId('import-status');
	const readMs = await timed(async () => {
		await page.locator('#summary-files').setInputFiles(files);
		await status.filter({ hasText: String(files.length) }).waitFor({ timeout: 600_000 });
	});
	const saveMs = await timed(async () => {
		await page.getByRole('button', { name: new RegExp(String(files.length)) }).click();
		await status.filter({ hasText: '✓' }).waitFor({ timeout: 600_000 });
	});
	return { readMs, saveMs };
}

/** @param {{ wallMs: number, threadMs: number, inside: string }} task */
const taskText = (task) =>
	task.wallMs === 0
		? 'none over 50 ms'
		: `${task.wallMs} ms (thread ${task.threadMs} ms: ${task.inside})`;

/**
 * Resolves within a frame of the dashboard's meter appearing. A locator's waitFor checks at
 * growing intervals (Playwright 1.65: 0, 20, 50, 100, 100, then every 500 ms), which added up to
 * half a second to what this measured; this checks on every animation frame.
 * @param {import('playwright-core').Page} page
 */
async function meterShown(page) {
	await page.waitForFunction(() => document.querySelector('[data-testid="org-meter"]'), null, {
		polling: 'raf',
		timeout: 600_000
	});
}

/**
 * @param {string} origin
 * @returns {Promise<{ files: number, readMs: number, saveMs: number, moreReadMs: number,
 *   moreSaveMs: number, stored: number, dashboardMs: number, dashboardRuns: number[],
 *   importTaskMs: number,
 *   importTaskThreadMs: number, dashboardTaskMs: number, dashboardTaskThreadMs: number,
 *   longestTaskMs: number, filePickingTaskMs: number, loadAverage: number,
 *   targetLongTaskMs: number, targetDashboardMs: number, pass: boolean }>}
 */
export async function benchPageImport(origin) {
	const dir = await mkdtemp(join(tmpdir(), 'twc-import-'));
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		const [first = [], second = []] = await summaryFiles(dir);
		const page = await browser.newPage();
		await page.goto(`${origin}/summaries`);
		await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
		// From the pick of the files on: the page's own start is Lighthouse's to judge.
		let times = { readMs: 0, saveMs: 0, moreReadMs: 0, moreSaveMs: 0 };
		const imported = await traced(browser, page, async () => {
			const { readMs, saveMs } = await importBatch(page, first);
			const { readMs: moreReadMs, saveMs: moreSaveMs } = await importBatch(page, second);
			times = { readMs, saveMs, moreReadMs, moreSaveMs };
		});
		// A fresh page load, as when the admin opens the dashboard the next morning; three of
		// them, for one load on a busy 2-core machine ranges from 1.5 to 2.3 s: the median counts.
		/** @type {number[]} */
		const dashboardRuns = [];
		const dashboard = await traced(browser, page, async () => {
			for (let run = 0; run < DASHBOARD_RUNS; run++) {
				dashboardRuns.push(
					await timed(async () => {
						await page.goto(`${origin}/dashboard`);
						await meterShown(page);
					})
				);
			}
		});
		const dashboardMs =
			[...dashboardRuns].sort((a, b) => a - b)[Math.floor(DASHBOARD_RUNS / 2)] ?? 0;
		const longestTaskMs = Math.max(imported.app.wallMs, dashboard.app.wallMs);
		const pass = longestTaskMs <= LONG_TASK_TARGET_MS && dashboardMs <= DASHBOARD_TARGET_MS;
		const loadAverage = Math.round(loadavg()[0] * 10) / 10;
		const result = {
			files: BATCH,
			...times,
			stored: STORED,
			dashboardMs,
			dashboardRuns,
			importTaskMs: imported.app.wallMs,
			importTaskThreadMs: imported.app.threadMs,
			dashboardTaskMs: dashboard.app.wallMs,
			dashboardTaskThreadMs: dashboard.app.threadMs,
			longestTaskMs,
			filePickingTaskMs: imported.picking.wallMs,
			loadAverage,
			targetLongTaskMs: LONG_TASK_TARGET_MS,
			targetDashboardMs: DASHBOARD_TARGET_MS,
			pass
		};
		console.log(
			`Import ${BATCH} summaries in the page: read and check ${times.readMs} ms, save ` +
				`${times.saveMs} ms; ${BATCH} more: ${times.moreReadMs} + ${times.moreSaveMs} ms; longest ` +
				`task of the app ${taskText(imported.app)} (the browser's own file-picking task: ` +
				`${imported.picking.wallMs} ms).\nDashboard with ${STORED} stored shown in ${dashboardMs} ms ` +
				`(median of ${dashboardRuns.join(', ')} ms), ` +
				`longest task ${taskText(dashboard.app)}.\n(Targets: no app task > ${LONG_TASK_TARGET_MS} ` +
				`ms, dashboard <= ${DASHBOARD_TARGET_MS} ms; machine load ${loadAverage}): ` +
				(pass ? 'PASS' : 'FAIL')
		);
		return result;
	} finally {
		await browser.close();
		await rm(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { listen } = await import('./static-server.js');
	const server = await listen('build');
	try {
		await benchPageImport(server.url);
	} finally {
		await server.stop();
	}
}
