// The one table `npm run bench` ends with: every figure, its target from the issues, met or not.

/** @typedef {{ metric: string, value: string, target: string, met: boolean | null }} Row */

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const status = (/** @type {boolean | null} */ met) =>
	met === null ? 'measured' : met ? 'met' : 'NOT MET';

/**
 * One row per route: its Japanese and English pages side by side.
 * @param {any[]} firstLoads bench-sizes.js's pages, each Japanese page before its English twin
 * @returns {Row[]}
 */
function firstLoadRows(firstLoads) {
	/** @type {Map<string, any[]>} */
	const byRoute = new Map();
	for (const page of firstLoads) {
		const route = page.path.replace(/^\/en(?=\/|$)/, '') || '/';
		byRoute.set(route, [...(byRoute.get(route) ?? []), page]);
	}
	return [...byRoute].map(([route, pages]) => ({
		metric: `First load ${route} (HTML+JS+CSS gzip; lazy after start)`,
		value: pages
			.map(
				(page) => `${page.lang.toUpperCase()} ${kb(page.gzipBytes)} (+${kb(page.lazyGzipBytes)})`
			)
			.join(', '),
		target: `<= ${kb(pages[0].target)} each`,
		met: pages.every((page) => page.pass)
	}));
}

/**
 * @param {any} results the object bench.js writes to bench-results/bench.json (the parts run)
 * @returns {Row[]}
 */
export function benchRows(results) {
	/** @type {Row[]} */
	const rows = [];
	if (results.precache) {
		rows.push({
			metric: `Precache (${results.precache.files} files the service worker installs, gzip)`,
			value:
				`${kb(results.precache.gzipBytes)} (raw ${kb(results.precache.rawBytes)}); ` +
				`text per language used: ${Object.entries(results.precache.texts ?? {})
					.map(([language, text]) => `${language} ${kb(/** @type {any} */ (text).gzipBytes)}`)
					.join(', ')}`,
			target: `<= ${kb(results.precache.target)}`,
			met: results.precache.pass
		});
	}
	rows.push(...firstLoadRows(results.firstLoads ?? []));
	for (const [path, page] of Object.entries(results.lighthouse?.pages ?? {})) {
		const s = /** @type {any} */ (page).scores;
		rows.push({
			metric: `Lighthouse mobile ${path}, median of ${results.lighthouse.runs} (perf/a11y/best practices)`,
			value: `${s.performance}/${s.accessibility}/${s['best-practices']}`,
			target: '>= 95/100/100',
			met: /** @type {any} */ (page).pass
		});
	}
	if (results.start) {
		rows.push({
			metric: 'Home page start, online vs offline (median, new tab)',
			value: `${results.start.onlineMs} ms vs ${results.start.offlineMs} ms`,
			target: `offline <= online + ${results.start.marginMs} ms`,
			met: results.start.pass
		});
	}
	if (results.save) {
		rows.push({
			metric: 'Save one answer, p95 (Chromium, strict transaction)',
			value: `${results.save.p95Ms.toFixed(1)} ms`,
			target: `<= ${results.save.targetMs} ms`,
			met: results.save.pass
		});
	}
	if (results.engine) {
		rows.push({
			metric: `Tiering engine over ${results.engine.contexts} contexts`,
			value: `${results.engine.totalMs} ms`,
			target: '—',
			met: null
		});
	}
	if (results.encryption) {
		const { file, link, qr, summaries, linkLimit } = results.encryption;
		rows.push({
			metric: `Summary encrypted to the admin, median of ${summaries} (file bytes; link characters)`,
			value:
				`file ${file.plain} → ${file.encrypted}; link ${link.plain} → ${link.encrypted} ` +
				`(longest ${link.longestEncrypted}); QR fits ${qr.encrypted} of ${summaries}`,
			target: `link <= ${linkLimit}`,
			met: results.encryption.pass
		});
	}
	for (const run of results.aggregate?.inMemory ?? []) {
		rows.push({
			metric: `Aggregate ${run.summaries.toLocaleString('en')} summaries, ${run.variety} (Node)`,
			value: `${Math.round(run.totalMs)} ms, peak heap ${run.peakHeapMB} MB`,
			target: `<= ${run.targetMs} ms`,
			met: run.pass
		});
	}
	const cli = results.aggregate?.cli ?? [];
	for (const run of cli) {
		rows.push({
			metric: `CLI over ${run.files.toLocaleString('en')} files (${run.profiles.toLocaleString('en')} devices)`,
			value: `${Math.round(run.ms)} ms, live heap ${run.peakLiveHeapMB} MB`,
			target: 'memory flat in file count',
			// Same devices, four times the files: the live heap may not grow by half.
			met: run === cli[1] && cli[0] ? run.peakLiveHeapMB <= cli[0].peakLiveHeapMB * 1.5 : null
		});
	}
	const imported = results.pageImport;
	if (!imported) return rows;
	rows.push({
		metric: `Import ${imported.files.toLocaleString('en')} summaries in the page (read/save)`,
		value:
			`${imported.readMs}/${imported.saveMs} ms, longest task ${imported.importTaskMs} ms ` +
			`(thread ${imported.importTaskThreadMs} ms)`,
		target: `no app task > ${imported.targetLongTaskMs} ms`,
		met: imported.importTaskMs <= imported.targetLongTaskMs
	});
	rows.push({
		metric: `Dashboard with ${imported.stored.toLocaleString('en')} summaries stored`,
		value:
			`shown in ${imported.dashboardMs} ms (median of ${imported.dashboardRuns.join(', ')}), ` +
			`longest task ${imported.dashboardTaskMs} ms ` +
			`(thread ${imported.dashboardTaskThreadMs} ms)`,
		target: `<= ${imported.targetDashboardMs} ms, no app task > ${imported.targetLongTaskMs} ms`,
		met:
			imported.dashboardMs <= imported.targetDashboardMs &&
			imported.dashboardTaskMs <= imported.targetLongTaskMs
	});
	return rows;
}

/** @param {Row[]} rows */
export function renderTable(rows) {
	const header = ['Metric', 'Value', 'Target', 'Status'];
	const cells = rows.map((r) => [r.metric, r.value, r.target, status(r.met)]);
	const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
	const line = (/** @type {string[]} */ c) =>
		`| ${c.map((text, i) => text.padEnd(widths[i] ?? 0)).join(' | ')} |`;
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
