import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../scripts/static-server.js';

describe('static/_headers', () => {
	it('sends every header the local server sends, plus HSTS', () => {
		const text = readFileSync('static/_headers', 'utf8');
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
			expect(text, name).toContain(`${name}: ${value}`);
		}
		expect(text).toMatch(/Strict-Transport-Security: max-age=\d{8,}/);
	});
});
