import { createServer } from 'node:http';
import sirv from 'sirv';

/** Headers a static host should send; the same list is published in static/_headers. */
export const SECURITY_HEADERS = {
	// Browsers ignore it over plain http (localhost); on a real host it pins https for a year.
	'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
	// The rest of the policy is in each page's <meta> tag; these three only work (or also work)
	// as a header.
	'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'none'"
};

/**
 * A request handler that serves a built app like a production static host: SPA fallback to
 * 200.html, precompressed files, no-cache for HTML and the service worker, immutable for hashed
 * assets. `dev: true` re-reads the folder on every request (for tests that rebuild).
 * @param {string} dir
 * @param {{ dev?: boolean }} [options]
 * @returns {import('node:http').RequestListener}
 */
export function createStaticHandler(dir, { dev = false } = {}) {
	const serve = sirv(dir, {
		single: '200.html',
		dev,
		etag: true,
		gzip: true,
		brotli: true,
		setHeaders(res, pathname) {
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
			const immutable = pathname.startsWith('/_app/immutable/');
			res.setHeader(
				'Cache-Control',
				immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
		}
	});
	return (req, res) => serve(req, res, () => {});
}

/**
 * Serves a built app (a folder, or a handler such as one whose folder a test swaps) on a free
 * loopback port; `stop()` closes it and every open connection.
 * @param {string | import('node:http').RequestListener} app
 * @param {{ dev?: boolean }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function listen(app, options) {
	const server = createServer(typeof app === 'string' ? createStaticHandler(app, options) : app);
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(undefined));
	});
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	/** @type {Promise<void> | undefined} */
	let stopped;
	return {
		url: `http://127.0.0.1:${port}`,
		stop: () =>
			(stopped ??= new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}))
	};
}
