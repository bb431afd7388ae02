// How fast the home page is ready, online and offline, in the same browser and run: the first
// visit installs the service worker; then each start is a new tab (no page in memory), timed
// from navigation to the app's ready mark (`html[data-ready]`). bench.js calls benchStart(origin).
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';

const RUNS = 7;
/** Offline must not be slower than online by more than this: the precache serves everything. */
const OFFLINE_MARGIN_MS = 200;

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 */
async function startOnce(context, url) {
	const page = await context.newPage();
	await page.goto(url);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	const ms = await page.evaluate(() => /** @type {any} */ (window).__readyAt ?? performance.now());
	await page.close();
	return Math.round(ms);
}

/**
 * @param {string} origin
 * @returns {Promise<{ runs: number, onlineMs: number, offlineMs: number, marginMs: number,
 *   pass: boolean }>}
 */
export async function benchStart(origin) {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		const context = await browser.newContext();
		await context.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (document.documentElement.dataset.ready !== 'true') return;
				Object.assign(window, { __readyAt: performance.now() });
				observer.disconnect();
			}).observe(document.documentElement, { attributes: true });
		});
		const first = await context.newPage();
		await first.goto(`${origin}/`);
		await first.waitForFunction(async () => {
			const registration = await navigator.serviceWorker.ready;
			return registration.active !== null && navigator.serviceWorker.controller !== null;
		});
		await first.close();
		/** @type {number[]} */
		const online = [];
		/** @type {number[]} */
		const offline = [];
		for (let i = 0; i < RUNS; i++) {
			await context.setOffline(false);
			online.push(await startOnce(context, `${origin}/`));
			await context.setOffline(true);
			offline.push(await startOnce(context, `${origin}/`));
		}
		const onlineMs = median(online);
		const offlineMs = median(offline);
		const pass = offlineMs <= onlineMs + OFFLINE_MARGIN_MS;
		console.log(
			`Start of the home page (median of ${RUNS} new tabs): online ${onlineMs} ms, ` +
				`offline ${offlineMs} ms; target offline <= online + ${OFFLINE_MARGIN_MS} ms: ` +
				(pass ? 'PASS' : 'FAIL')
		);
		return { runs: RUNS, onlineMs, offlineMs, marginMs: OFFLINE_MARGIN_MS, pass };
	} finally {
		await browser.close();
	}
}
