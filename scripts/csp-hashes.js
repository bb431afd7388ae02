import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @param {string} text */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Hashes of the inline scripts in src/app.html. SvelteKit hashes only the scripts it writes
 * itself, so ours are added to `script-src` here and stay right when the file changes.
 */
export function appHtmlScriptHashes() {
	const html = readFileSync(new URL('../src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1] ?? ''));
}

/**
 * The hash of the inline `style` attribute on SvelteKit's route announcer
 * (`<div id="svelte-announcer" style="...">`). Under `style-src 'self'` alone the browser drops
 * it and the announcer text shows on the page. Read from the installed kit so an upgrade cannot
 * silently break it; the CSP browser test fails if it ever does.
 */
export function announcerStyleHash() {
	const require = createRequire(import.meta.url);
	const kitDir = dirname(require.resolve('@sveltejs/kit/package.json'));
	const source = readFileSync(join(kitDir, 'src/core/sync/write_root.js'), 'utf8');
	const style = /id="svelte-announcer"[^>]*?style="([^"]+)"/.exec(source)?.[1];
	if (!style) throw new Error('SvelteKit route announcer style not found; update the CSP helper');
	return sha256(style);
}
