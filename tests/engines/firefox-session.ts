import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from '../../scripts/engines.js';
import { holdsStill, installPageHooks, markTarget, takePageErrors } from './page-scripts.ts';
import type { EngineSession, PageFunction, Tab, Target } from './tab.ts';
import { pollFor } from './poll.ts';

/** Firefox ESR over WebDriver BiDi, through Puppeteer. */
export async function launchFirefox(): Promise<EngineSession> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: firefoxPath,
		headless: true,
		extraPrefsFirefox: {
			// The person reads Japanese, as in the Chromium tests.
			'intl.accept_languages': 'ja',
			// No update checks or connectivity probes: nothing leaves loopback.
			'app.update.enabled': false,
			'browser.region.network.url': '',
			'network.connectivity-service.enabled': false
		}
	});
	const first = (await browser.pages())[0] ?? (await browser.newPage());
	return {
		name: 'firefox',
		tab: await firefoxTab(first),
		newTab: async () => firefoxTab(await browser.newPage()),
		close: () => closeBrowser(browser)
	};
}

async function closeBrowser(browser: Browser): Promise<void> {
	await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
}

async function firefoxTab(page: Page): Promise<Tab> {
	const errors: string[] = [];
	const keepErrors = async () => {
		errors.push(...(await page.evaluate(takePageErrors).catch(() => [])));
	};
	await page.evaluateOnNewDocument(installPageHooks);
	let markers = 0;
	const mark = async (target: Target): Promise<string> => {
		const marker = String(++markers);
		await pollFor(
			() => page.evaluate(markTarget, target, marker),
			`an element for ${JSON.stringify(target)}`
		);
		await pollFor(
			() => page.evaluate(holdsStill, marker),
			`${JSON.stringify(target)} to hold still`
		);
		return `[data-engine-target="${marker}"]`;
	};
	return {
		engine: 'firefox',
		goto: async (url) => {
			await keepErrors();
			await page.goto(url);
		},
		reload: async () => {
			await keepErrors();
			await page.reload();
		},
		evaluate: <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) =>
			page.evaluate(fn as (...a: unknown[]) => R, ...args) as Promise<R>,
		click: async (target) => page.click(await mark(target)),
		type: async (target, text) => {
			const selector = await mark(target);
			await page.$eval(selector, (el) => ((el as HTMLInputElement).value = ''));
			await page.type(selector, text);
		},
		setFiles: async (target, paths) => {
			const input = await page.$(
				await mark({ css: 'input[type="file"]', hidden: true, ...target })
			);
			if (!input) throw new Error('The file input went away');
			await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(
				...paths
			);
		},
		screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
		takeErrors: async () => {
			await keepErrors();
			return errors.splice(0);
		},
		close: () => page.close()
	};
}
