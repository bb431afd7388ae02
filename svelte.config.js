import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { announcerStyleHash, appHtmlScriptHashes } from './scripts/csp-hashes.js';
import { appVersion } from './scripts/app-version.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: process.env.TWC_BUILD_DIR ?? 'build',
			assets: process.env.TWC_BUILD_DIR ?? 'build',
			fallback: '200.html',
			precompress: true,
			strict: true
		}),
		// Every route, and every page a prerendered page links to. Each page's hreflang alternate
		// (src/routes/+layout.svelte) leads here to its English twin at /en/… (src/hooks.ts).
		prerender: { entries: ['*'] },
		// workbox-window registers the worker so the page controls when an update activates.
		serviceWorker: { register: false },
		// A stable name: an unchanged build must not prompt users to update.
		version: { name: appVersion() },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				'style-src': ['self', 'unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
