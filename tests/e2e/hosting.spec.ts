import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures';

const EXPECTED = {
	'strict-transport-security': /^max-age=31536000; includeSubDomains$/,
	'x-content-type-options': /^nosniff$/,
	'referrer-policy': /^no-referrer$/,
	'cross-origin-opener-policy': /^same-origin$/,
	'cross-origin-resource-policy': /^same-origin$/,
	'permissions-policy':
		/^camera=\(self\), microphone=\(\), geolocation=\(\), payment=\(\), usb=\(\)$/,
	'content-security-policy': /^frame-ancestors 'none'; object-src 'none'; base-uri 'none'$/
};

test('the server sends the hosting headers: security on every response, caching by kind', async ({
	request
}) => {
	const asset = readdirSync('build/_app/immutable/entry').find((f) => f.endsWith('.js'));
	const cases: [string, RegExp][] = [
		['/', /^no-cache$/],
		['/checklist/employee', /^no-cache$/],
		['/no-such-page', /^no-cache$/],
		['/service-worker.js', /^no-cache$/],
		['/manifest.webmanifest', /^no-cache$/],
		[`/_app/immutable/entry/${asset}`, /^public, max-age=31536000, immutable$/]
	];
	for (const [path, cacheControl] of cases) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		for (const [name, value] of Object.entries(EXPECTED)) {
			expect(headers[name], `${path} ${name}`).toMatch(value);
		}
		expect(headers['cache-control'], `${path} cache-control`).toMatch(cacheControl);
	}
});

test('the app cannot be framed by another page', async ({ page, server }) => {
	// The frame's load event ends setContent; a refused frame shows the browser's error page.
	await page.setContent(`<iframe src="${server.url}/about"></iframe>`, { waitUntil: 'load' });
	const frame = page.frames()[1];
	expect(frame?.url()).toMatch(/^chrome-error:/);
});
