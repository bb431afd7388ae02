// Screenshots of every page at phone and desktop width, in Japanese and English, for review.
// Usage: npm run build && node scripts/screenshots.js [baseUrl]  → test-results/screens/*.png
// FULL=0 for the first screen only; SCHEME=dark for the dark theme; ROUTES=/org,/help for some pages only.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const routes = process.env.ROUTES?.split(',') ?? [
	'/',
	'/checklist/employee',
	'/checklist/owner',
	'/meeting-check',
	'/meeting-apps',
	'/admin',
	'/org',
	'/org/edit',
	'/settings',
	'/about',
	'/help'
];
const out = 'test-results/screens';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const lang of ['ja', 'en']) {
	for (const [name, width] of [
		['phone', 360],
		['desktop', 1280]
	]) {
		const context = await browser.newContext({
			viewport: { width, height: 800 },
			locale: lang === 'ja' ? 'ja-JP' : 'en-US',
			colorScheme: process.env.SCHEME === 'dark' ? 'dark' : 'light'
		});
		const page = await context.newPage();
		for (const route of routes) {
			await page.goto(base + route);
			await page.waitForFunction((l) => document.documentElement.lang === l, lang);
			const file = `${out}/${lang}-${name}${route.replaceAll('/', '_') || '_'}.png`;
			await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
		}
		await context.close();
	}
}
await browser.close();
console.log(`Screenshots in ${out}/`);
