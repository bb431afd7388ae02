import { describe, expect, it } from 'vitest';
import { qrPath } from '$lib/domain/formats/qr';

describe('QR code of a link', () => {
	it('draws a square code with a quiet zone', () => {
		const qr = qrPath('https://example.com/org#pack=abc');
		expect(qr?.size).toBeGreaterThanOrEqual(21 + 8);
		expect(qr?.d).toMatch(/^M\d+ \d+h1v1h-1z/);
	});

	it('grows with the data and gives up past the largest version', () => {
		const small = qrPath('a'.repeat(10));
		const big = qrPath('a'.repeat(1000));
		expect(big?.size).toBeGreaterThan(small?.size ?? Infinity);
		expect(qrPath('a'.repeat(5000))).toBeUndefined();
	});
});
