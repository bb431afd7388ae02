import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { miniBrowserPath, webkitDriverPath } from '../../scripts/engines.js';
import { ensureDisplay } from './display.ts';
import { holdsStill, installPageHooks, markTarget, takePageErrors } from './page-scripts.ts';
import { pollFor } from './poll.ts';
import type { EngineSession, PageFunction, Tab, Target } from './tab.ts';

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver, no BiDi): the engine
 * closest to Safari that runs here. The Storage API is switched on as Safari has it, unless
 * `storageApi` is false (WebKitGTK's default: no `navigator.storage`).
 */
export async function launchWebKit(
	options: { storageApi: boolean } = { storageApi: true }
): Promise<EngineSession> {
	await ensureDisplay();
	const port = await freePort();
	const driverProcess: ChildProcess = spawn(webkitDriverPath, [`--port=${port}`], {
		stdio: 'ignore',
		// The person reads Japanese, as in the Chromium tests.
		env: { ...process.env, LANGUAGE: 'ja', LANG: 'ja_JP.UTF-8' }
	});
	const serverUrl = `http://127.0.0.1:${port}`;
	await pollFor(async () => (await fetch(`${serverUrl}/status`)).ok, 'WebKitWebDriver');
	const driver = await new Builder()
		.usingServer(serverUrl)
		.withCapabilities({
			browserName: 'MiniBrowser',
			'webkitgtk:browserOptions': {
				binary: miniBrowserPath,
				args: [
					'--automation',
					...(options.storageApi ? ['--features=+StorageAPI,+StorageAPIEstimate'] : [])
				]
			}
		})
		.build();
	const state = { current: await driver.getWindowHandle() };
	const makeTab = (handle: string) => webkitTab(driver, handle, state);
	return {
		name: 'webkit',
		tab: makeTab(state.current),
		newTab: async () => {
			await driver.switchTo().newWindow('tab');
			state.current = await driver.getWindowHandle();
			return makeTab(state.current);
		},
		close: async () => {
			await driver.quit().catch(() => undefined);
			driverProcess.kill();
		}
	};
}

/** Classic WebDriver has no async functions: the page function's promise ends the async script. */
function asyncScript(fn: PageFunction<unknown[], unknown>): string {
	return `const done = arguments[arguments.length - 1];
Promise.resolve()
	.then(() => (${fn.toString()})(...Array.from(arguments).slice(0, -1)))
	.then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
}

function webkitTab(driver: WebDriver, handle: string, state: { current: string }): Tab {
	const focus = async () => {
		if (state.current !== handle) {
			await driver.switchTo().window(handle);
			state.current = handle;
		}
	};
	const evaluate = async <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) => {
		await focus();
		const result = (await driver.executeAsyncScript(
			asyncScript(fn as PageFunction<unknown[], unknown>),
			...args
		)) as { value?: R; error?: string };
		if (result.error !== undefined) throw new Error(`In the page: ${result.error}`);
		return result.value as R;
	};
	// Without BiDi there is no event stream: the hooks go in after every load.
	const hook = () => evaluate(installPageHooks);
	const errors: string[] = [];
	const keepErrors = async () => {
		errors.push(...(await evaluate(takePageErrors).catch(() => [])));
	};
	let markers = 0;
	const find = async (target: Target) => {
		const marker = String(++markers);
		await pollFor(
			() => evaluate(markTarget, target, marker),
			`an element for ${JSON.stringify(target)}`
		);
		await pollFor(() => evaluate(holdsStill, marker), `${JSON.stringify(target)} to hold still`);
		return driver.findElement(By.css(`[data-engine-target="${marker}"]`));
	};
	return {
		engine: 'webkit',
		goto: async (url) => {
			await keepErrors();
			await driver.get(url);
			await hook();
		},
		reload: async () => {
			await keepErrors();
			await driver.navigate().refresh();
			await hook();
		},
		evaluate,
		click: async (target) => (await find(target)).click(),
		type: async (target, text) => {
			const field = await find(target);
			await field.clear();
			await field.sendKeys(text);
		},
		setFiles: async (target, paths) =>
			(await find({ css: 'input[type="file"]', hidden: true, ...target })).sendKeys(
				paths.join('\n')
			),
		screenshot: async (path) => {
			await focus();
			writeFileSync(path, await driver.takeScreenshot(), 'base64');
		},
		takeErrors: async () => {
			await keepErrors();
			return errors.splice(0);
		},
		close: async () => {
			await focus();
			await driver.close();
			// WebDriver has no current window after closing it: go back to one that is open.
			const [open] = await driver.getAllWindowHandles();
			if (open === undefined) return;
			await driver.switchTo().window(open);
			state.current = open;
		}
	};
}
