import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, expect, ROUTES, test, waitForApp, waitForServiceWorker } from './fixtures';

for (const locale of ['ja-JP', 'en-US']) {
	test(`no request leaves the origin and no CSP violation (${locale})`, async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ locale, baseURL });
		const requests: string[] = [];
		// Page and service-worker requests alike (PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS).
		context.on('request', (request) => requests.push(request.url()));
		await context.addInitScript(() => {
			const w = window as unknown as { cspViolations: string[] };
			w.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`)
			);
		});
		const page = await context.newPage();
		await page.goto('/');
		await waitForApp(page);
		await waitForServiceWorker(page);
		for (const route of ROUTES) {
			await page.goto(route);
			await waitForApp(page);
			const item = page.locator('article[data-item-id]').first();
			if ((await item.count()) > 0) {
				await item.getByRole('radio').first().check();
				await item.locator('summary').click();
			}
			expect(
				await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
				route
			).toEqual([]);
		}
		const origin = new URL(baseURL!).origin;
		const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
		expect(requests.length).toBeGreaterThan(10);
		expect(foreign).toEqual([]);
		await context.close();
	});
}

test('the build names no other origin a browser could be sent to', () => {
	const files = (readdirSync(BUILD_DIR, { recursive: true }) as string[]).filter((f) =>
		/\.(html|js|css|webmanifest|json)$/.test(f)
	);
	expect(files.length).toBeGreaterThan(5);
	const hits = files.flatMap((file) => {
		const text = readFileSync(join(BUILD_DIR, file), 'utf8');
		// Source citations in the checklist content are shown as text, never fetched or linked.
		return [...text.matchAll(/(?:src|href|url\()\s*=?\s*["'(]?(https?:\/\/[^"')\s]+)/g)].map(
			(m) => `${file}: ${m[1]}`
		);
	});
	expect(hits).toEqual([]);
});

test('every page carries the CSP with default-src none and connect-src self', async ({
	request
}) => {
	for (const route of ROUTES) {
		const html = await (await request.get(route)).text();
		const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(csp, route).toContain("default-src 'none'");
		expect(csp, route).toContain("connect-src 'self'");
		expect(csp, route).toContain("object-src 'none'");
		expect(csp, route).toContain("base-uri 'none'");
	}
});
