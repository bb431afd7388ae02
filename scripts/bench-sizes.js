// Page weights for `npm run bench` (issue 18), measured in Chromium against a served build:
// - the precache: every file the service worker holds after install, read from its cache, but
//   for the content's text, which it holds per language in use (listed on its own);
// - each prerendered page's first load: the HTML and every file the browser fetched before the
//   app started rendering (the `twc:start` mark of the root layout), that is the module
//   preloads, stylesheets, entry scripts, their imports, and whatever the load functions await;
//   plus, for safety, the modules the HTML names and their static imports, even if unfetched;
// - what the page fetched after that until the network was idle (lazy chunks), for the record.
// Sizes are of the files in build/, gzip -9, so they do not depend on the server's encoding.
// bench.js calls benchSizes(origin); `node scripts/bench-sizes.js` prints them for build/.
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { listen } from './static-server.js';

export const BUILD_DIR = 'build';
export const FIRST_LOAD_TARGET_BYTES = 60 * 1024;
export const PRECACHE_TARGET_BYTES = 400 * 1024;
/** Not a page of its own: the app shell the worker answers unknown addresses with. */
const FALLBACK_PAGE = '200.html';
/** The root layout marks when the app starts rendering (src/routes/+layout.svelte). */
const START_MARK = 'twc:start';

/** @param {Buffer} data */
const gzipSize = (data) => gzipSync(data, { level: 9 }).length;

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * @param {string[]} files paths relative to build/
 * @returns {Promise<{ files: number, rawBytes: number, gzipBytes: number }>}
 */
async function measureFiles(files) {
	let rawBytes = 0;
	let gzipBytes = 0;
	for (const file of files) {
		const data = await readFile(join(BUILD_DIR, file));
		rawBytes += data.length;
		gzipBytes += gzipSize(data);
	}
	return { files: files.length, rawBytes, gzipBytes };
}

/**
 * The prerendered pages: their address and HTML file, Japanese first, in build/'s order.
 * @returns {Promise<{ path: string, file: string, lang: 'ja' | 'en' }[]>}
 */
export async function prerenderedPages() {
	const entries = await readdir(BUILD_DIR, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(BUILD_DIR, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((file) => file !== FALLBACK_PAGE);
	const pages = files.map((file) => {
		const path = file === 'index.html' ? '/' : `/${file.replace(/\.html$/, '')}`;
		const lang = /** @type {'ja' | 'en'} */ (
			path === '/en' || path.startsWith('/en/') ? 'en' : 'ja'
		);
		return { path, file, lang };
	});
	const route = (/** @type {{ path: string }} */ page) =>
		page.path.replace(/^\/en(?=\/|$)/, '') || '/';
	return pages.sort(
		(a, b) =>
			route(a).localeCompare(route(b)) || (a.lang === 'ja' ? -1 : 1) - (b.lang === 'ja' ? -1 : 1)
	);
}

/**
 * The build file a URL of the served app stands for: a page address is its HTML file.
 * @param {string} pathname
 * @param {Set<string>} pageFiles
 */
function buildFileOf(pathname, pageFiles) {
	if (pathname === '/') return 'index.html';
	const file = decodeURIComponent(pathname.slice(1));
	return pageFiles.has(`${file}.html`) ? `${file}.html` : file;
}

/**
 * Resolves a URL found in a file (relative or root-absolute) to a path relative to build/.
 * @param {string} from path of the referring file, relative to build/
 * @param {string} url
 */
function resolveBuildPath(from, url) {
	const clean = url.split(/[?#]/)[0];
	const path = clean.startsWith('/')
		? posix.normalize(clean.slice(1))
		: posix.join(posix.dirname(from), clean);
	if (path.startsWith('..')) throw new Error(`${url} (from ${from}) points outside build/`);
	return path;
}

/**
 * The JS and CSS URLs an HTML page names for its start: module preloads, stylesheets and the
 * `import("...")` calls of its inline start script.
 * @param {string} html
 */
function entryUrls(html) {
	/** @type {string[]} */
	const urls = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1].toLowerCase();
		const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
		if (href && (rel === 'modulepreload' || rel === 'stylesheet')) urls.push(href);
	}
	for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
		for (const [, url] of body.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) urls.push(url);
	}
	return urls;
}

/**
 * The relative modules a minified ES module imports statically (`import"./x.js"`,
 * `import{a}from"./x.js"`, `export*from"./x.js"`).
 * @param {string} code
 */
function staticImports(code) {
	return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']((?:\.\.?\/)[^"']+\.js)["']/g)].map(
		(match) => match[1]
	);
}

/**
 * What the page's HTML makes the browser load whatever happens: the files it names for its
 * start and their static imports, transitively.
 * @param {string} pageFile
 */
async function namedByHtml(pageFile) {
	const html = await readFile(join(BUILD_DIR, pageFile), 'utf8');
	const queue = entryUrls(html).map((url) => resolveBuildPath(pageFile, url));
	/** @type {Set<string>} */
	const files = new Set();
	while (queue.length > 0) {
		const file = /** @type {string} */ (queue.shift());
		if (files.has(file)) continue;
		files.add(file);
		if (!file.endsWith('.js')) continue;
		const code = await readFile(join(BUILD_DIR, file), 'utf8');
		for (const url of staticImports(code)) queue.push(resolveBuildPath(file, url));
	}
	return files;
}

/**
 * One page in a fresh context (empty cache, no service worker): the files fetched before the
 * app started rendering, and those fetched after it until the network was idle.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function fetchedByPage(browser, url) {
	// Japanese browser: a Japanese address stays Japanese, an English one stays English.
	const context = await browser.newContext({ serviceWorkers: 'block', locale: 'ja-JP' });
	try {
		const page = await context.newPage();
		await page.goto(url);
		await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
		await page.waitForLoadState('networkidle');
		if (page.url() !== url) throw new Error(`${url} went to ${page.url()}`);
		return await page.evaluate((mark) => {
			const start = performance.getEntriesByName(mark)[0]?.startTime;
			if (start === undefined) throw new Error(`no ${mark} mark`);
			const resources = /** @type {PerformanceResourceTiming[]} */ (
				performance.getEntriesByType('resource')
			).filter((entry) => new URL(entry.name).origin === location.origin);
			const paths = (/** @type {PerformanceResourceTiming[]} */ list) =>
				list.map((entry) => new URL(entry.name).pathname);
			return {
				before: paths(resources.filter((entry) => entry.startTime < start)),
				after: paths(resources.filter((entry) => entry.startTime >= start))
			};
		}, START_MARK);
	} finally {
		await context.close();
	}
}

/** A language's text chunk (src/lib/domain/content/by-language.ts). */
const TEXT_CHUNK = /(?:^|\/)text-([a-z]{2})\.[^/]+\.js$/;

/**
 * Each language's text chunks in build/, and whether the installed worker kept them all.
 * @param {string[]} kept the text chunks in the worker's cache
 * @returns {Promise<Record<string, { gzipBytes: number, kept: boolean }>>}
 */
async function languageTexts(kept) {
	const chunks = join(BUILD_DIR, '_app', 'immutable', 'chunks');
	/** @type {Record<string, { gzipBytes: number, kept: boolean }>} */
	const texts = {};
	for (const name of await readdir(chunks)) {
		const language = TEXT_CHUNK.exec(name)?.[1];
		if (!language) continue;
		const file = `_app/immutable/chunks/${name}`;
		// A language has several text chunks (the checklist's, the help page's): kept together.
		const text = (texts[language] ??= { gzipBytes: 0, kept: true });
		text.gzipBytes += (await measureFiles([file])).gzipBytes;
		text.kept &&= kept.includes(file);
	}
	return texts;
}

/** The age library's chunks (src/lib/pwa/encryption-chunk.ts). */
const ENCRYPTION_CHUNK = /(?:^|\/)encryption[.-][\w-]+\.js$/;

/**
 * The age library's chunks in build/, and whether a first install precached any of them.
 * @param {string[]} cached the files in the worker's cache
 */
async function encryptionChunks(cached) {
	/** @type {string[]} */
	const files = [];
	for (const dir of ['chunks', 'workers/chunks']) {
		const names = await readdir(join(BUILD_DIR, '_app', 'immutable', dir));
		for (const name of names) {
			if (ENCRYPTION_CHUNK.test(name)) files.push(`_app/immutable/${dir}/${name}`);
		}
	}
	const size = await measureFiles(files);
	return { ...size, precached: files.some((file) => cached.includes(file)) };
}

/**
 * The precache as the installed worker holds it: its one cache, read back from the page.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {Set<string>} pageFiles
 */
async function precacheSize(browser, origin, pageFiles) {
	const context = await browser.newContext({ locale: 'ja-JP' });
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/`);
		await page.waitForFunction(async () => {
			const registration = await navigator.serviceWorker.ready;
			return registration.active !== null && navigator.serviceWorker.controller !== null;
		});
		const paths = await page.evaluate(async () => {
			const names = await caches.keys();
			if (names.length !== 1) throw new Error(`expected one cache, found ${names.join(', ')}`);
			const keys = await (await caches.open(names[0])).keys();
			return keys.map((request) => new URL(request.url).pathname);
		});
		const cached = paths.map((path) => buildFileOf(path, pageFiles));
		// A language's text is kept for the languages in use, not precached for all (src/service-worker.ts).
		const files = cached.filter((file) => !TEXT_CHUNK.test(file));
		const texts = await languageTexts(cached.filter((file) => TEXT_CHUNK.test(file)));
		const groups = { html: 0, js: 0, css: 0, other: 0 };
		for (const file of files) {
			const bytes = (await measureFiles([file])).gzipBytes;
			const ext = /** @type {keyof typeof groups} */ (/\.(html|js|css)$/.exec(file)?.[1]);
			groups[ext ?? 'other'] += bytes;
		}
		const total = await measureFiles(files);
		const pass = total.gzipBytes <= PRECACHE_TARGET_BYTES;
		console.log(
			`Precache: ${total.files} files, ${kb(total.gzipBytes)} gzip -9 (HTML ${kb(groups.html)}, ` +
				`JS ${kb(groups.js)}, CSS ${kb(groups.css)}, other ${kb(groups.other)}), ` +
				`raw ${kb(total.rawBytes)}; target <= ${kb(PRECACHE_TARGET_BYTES)}: ${pass ? 'PASS' : 'FAIL'}`
		);
		const text = Object.entries(texts)
			.map(
				([language, { gzipBytes, kept }]) => `${language} ${kb(gzipBytes)}${kept ? ' (kept)' : ''}`
			)
			.join(', ');
		console.log(`Content text per language, kept on first use or at install: ${text}`);
		const encryption = await encryptionChunks(cached);
		console.log(
			`Encryption (the age library, pages and admin worker), kept on first use: ` +
				`${kb(encryption.gzipBytes)} in ${encryption.files} files` +
				(encryption.precached ? ' (PRECACHED: it should not be)' : '')
		);
		return { ...total, groups, texts, encryption, target: PRECACHE_TARGET_BYTES, pass };
	} finally {
		await context.close();
	}
}

/**
 * @param {string} origin where build/ is served
 */
export async function benchSizes(origin) {
	const pages = await prerenderedPages();
	const pageFiles = new Set(pages.map((page) => page.file));
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		const firstLoads = [];
		for (const page of pages) {
			const fetched = await fetchedByPage(browser, origin + page.path);
			const first = new Set([page.file, ...(await namedByHtml(page.file))]);
			for (const path of fetched.before) first.add(buildFileOf(path, pageFiles));
			const later = fetched.after.map((path) => buildFileOf(path, pageFiles));
			const size = await measureFiles([...first]);
			const html = await measureFiles([page.file]);
			const lazy = await measureFiles([...new Set(later)].filter((file) => !first.has(file)));
			const pass = size.gzipBytes <= FIRST_LOAD_TARGET_BYTES;
			console.log(
				`First load ${page.path}: ${kb(size.gzipBytes)} gzip -9 in ${size.files} files ` +
					`(HTML ${kb(html.gzipBytes)}); then ${kb(lazy.gzipBytes)} lazy in ${lazy.files}; ` +
					`target <= ${kb(FIRST_LOAD_TARGET_BYTES)}: ${pass ? 'PASS' : 'FAIL'}`
			);
			firstLoads.push({
				path: page.path,
				lang: page.lang,
				...size,
				htmlGzipBytes: html.gzipBytes,
				lazyGzipBytes: lazy.gzipBytes,
				target: FIRST_LOAD_TARGET_BYTES,
				pass,
				list: [...first].sort()
			});
		}
		const precache = await precacheSize(browser, origin, pageFiles);
		return { precache, firstLoads };
	} finally {
		await browser.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const server = await listen(BUILD_DIR);
	try {
		await benchSizes(server.url);
	} finally {
		await server.stop();
	}
}
