import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { expect, storedCount, test, waitForApp } from './fixtures';
import { savedLabel, statusLabel } from './steps';

// Tracing would try to save the trace of a browser this test has killed.
test.use({ trace: 'off' });

// A few rounds in CI; `npm run durability` runs fifty.
const ROUNDS = Number(process.env.KILL_ROUNDS ?? 4);
// Labels, as the checked radio's label reads them back.
const STATUSES = (['done', 'not-yet', 'unknown'] as const).map((status) => statusLabel(status));

/** Chromium as its own process (killed for real below), driven over the DevTools protocol. */
async function startChromium(profile: string): Promise<{ browser: Browser; child: ChildProcess }> {
	const child = spawn(
		chromiumPath,
		[
			...chromiumArgs,
			'--headless=new',
			'--lang=ja-JP',
			'--accept-lang=ja-JP',
			`--user-data-dir=${profile}`,
			'--remote-debugging-port=0',
			'about:blank'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'], detached: true }
	);
	const endpoint = await new Promise<string>((resolve, reject) => {
		let output = '';
		child.stderr?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
			if (match?.[1]) resolve(match[1]);
		});
		child.once('exit', () => reject(new Error(`Chromium stopped: ${output}`)));
	});
	return { browser: await chromium.connectOverCDP(endpoint), child };
}

/** Like a power cut for the browser: SIGKILL to its whole process group, no shutdown. */
async function kill(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	process.kill(-(child.pid ?? 0), 'SIGKILL');
	await exited;
}

async function openChecklist(browser: Browser, url: string): Promise<Page> {
	const page = await browser.contexts()[0]!.newPage();
	await page.goto(`${url}/checklist/owner`);
	await waitForApp(page, 'ja');
	await expect(page.locator('article[data-item-id]').first()).toBeVisible();
	return page;
}

const checkedStatus = (page: Page, itemId: string) =>
	page
		.locator(`article[data-item-id="${itemId}"] input[type="radio"]:checked`)
		.evaluateAll((inputs) =>
			inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim())
		);

test('every answer shown as "Saved" survives the browser being killed, round after round', async ({
	server
}) => {
	test.setTimeout(60_000 + ROUNDS * 20_000);
	const profile = mkdtempSync(join(tmpdir(), 'twc-kill-'));
	const saved = new Map<string, string>();
	const started: ChildProcess[] = [];
	let random = 20261124;
	const next = (n: number) => (random = (random * 1103515245 + 12345) % 2 ** 31) % n;
	/** A status other than the current one: choosing the same again saves nothing. */
	const another = (current: string | undefined) => {
		const others = STATUSES.filter((s) => s !== current);
		return others[next(others.length)]!;
	};
	try {
		for (let round = 0; round < ROUNDS; round++) {
			const { browser, child } = await startChromium(profile);
			started.push(child);
			const page = await openChecklist(browser, server.url);
			for (const [itemId, status] of saved) {
				expect(await checkedStatus(page, itemId), `round ${round}: ${itemId}`).toEqual([status]);
			}
			expect(await storedCount(page, 'quarantine')).toBe(0);
			const items = await page
				.locator('article[data-item-id]')
				.evaluateAll((list) => list.slice(0, 10).map((a) => a.getAttribute('data-item-id')!));
			for (let i = 0; i < 2 + next(3); i++) {
				const itemId = items[next(items.length)]!;
				const status = another(saved.get(itemId));
				await page
					.locator(`article[data-item-id="${itemId}"]`)
					.getByRole('radio', { name: status })
					.check();
				await expect(page.getByTestId(`save-${itemId}`)).toHaveText(savedLabel());
				saved.set(itemId, status);
			}
			// One more answer in flight when the power goes: it may or may not have made it.
			const inFlight = items[next(items.length)]!;
			const before = saved.get(inFlight);
			const status = another(before);
			await page
				.locator(`article[data-item-id="${inFlight}"]`)
				.getByRole('radio', { name: status })
				.check();
			await page.waitForTimeout(next(40));
			await kill(child);

			const reopened = await startChromium(profile);
			started.push(reopened.child);
			const check = await openChecklist(reopened.browser, server.url);
			const kept = await checkedStatus(check, inFlight);
			expect([[status], before ? [before] : []]).toContainEqual(kept);
			if (kept[0]) saved.set(inFlight, kept[0]);
			else saved.delete(inFlight);
			await kill(reopened.child);
		}
	} finally {
		for (const child of started) await kill(child);
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	}
});
