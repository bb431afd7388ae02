/**
 * Renders the app icons (PNG) from the SVG sources with headless Chromium.
 *
 *   node scripts/make-icons.js
 *
 * Sources: static/favicon.svg (rounded tile, "any" purpose) and scripts/icons/maskable.svg
 * (full-bleed background, motif inside the central safe zone). Each PNG is then recompressed
 * losslessly with zopflipng (Debian package `zopfli`), about a third smaller: the service worker
 * precaches the small ones.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const svg = (/** @type {string} */ path) => readFileSync(root + path, 'utf8');

const anySvg = svg('static/favicon.svg');
const maskableSvg = svg('scripts/icons/maskable.svg');

/** @type {{ out: string, size: number, source: string, opaque: boolean }[]} */
const targets = [
	{ out: 'static/icons/icon-192.png', size: 192, source: anySvg, opaque: false },
	{ out: 'static/icons/icon-512.png', size: 512, source: anySvg, opaque: false },
	{ out: 'static/icons/maskable-192.png', size: 192, source: maskableSvg, opaque: true },
	{ out: 'static/icons/maskable-512.png', size: 512, source: maskableSvg, opaque: true },
	{ out: 'static/apple-touch-icon.png', size: 180, source: maskableSvg, opaque: true }
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	for (const { out, size, source, opaque } of targets) {
		const page = await browser.newPage({
			viewport: { width: size, height: size },
			deviceScaleFactor: 1
		});
		const image = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
		await page.setContent(
			`<!doctype html><html><body style="margin:0;background:transparent">` +
				`<img src="${image}" width="${size}" height="${size}" style="display:block"></body></html>`
		);
		await page.locator('img').evaluate((/** @type {HTMLImageElement} */ img) => img.decode());
		mkdirSync(dirname(root + out), { recursive: true });
		await page.screenshot({ path: root + out, omitBackground: !opaque, type: 'png' });
		await page.close();
		execFileSync('zopflipng', ['-m', '--lossy_transparent', '-y', root + out, root + out]);
		console.log(`${out} (${size}x${size})`);
	}
} finally {
	await browser.close();
}
