import { describe, expect, it } from 'vitest';
import { QR_MAX_VERSION, qrPath } from '$lib/domain/formats/qr';

// Byte-mode capacity at error correction L (ISO/IEC 18004 table 7): version 1 holds 17 bytes,
// version 20 holds 858. A link is ASCII, so one character is one byte.
describe('QR code of a link', () => {
	it('draws a square code with a quiet zone', () => {
		const qr = qrPath('https://example.com/org#pack=abc');
		expect(qr?.version).toBe(2); // 32 bytes: version 2 holds 32 at L
		expect(qr?.size).toBe(17 + 4 * 2 + 8);
		expect(qr?.d).toMatch(/^M\d+ \d+h1v1h-1z/);
	});

	it('uses error correction L: 17 bytes fit version 1, 18 need version 2', () => {
		expect(qrPath('a'.repeat(17))?.version).toBe(1);
		expect(qrPath('a'.repeat(18))?.version).toBe(2);
	});

	it('gives up past version 20 (858 bytes), where phone cameras start to fail', () => {
		expect(QR_MAX_VERSION).toBe(20);
		expect(qrPath('a'.repeat(858))?.version).toBe(20);
		expect(qrPath('a'.repeat(859))).toBeUndefined();
		expect(qrPath('a'.repeat(5000))).toBeUndefined();
	});

	it('takes a higher error correction for paper: at Q, 74 bytes (a secret key line) fit version 6', () => {
		expect(qrPath('A'.repeat(74), 'Q')?.version).toBe(6);
		expect(qrPath('A'.repeat(75), 'Q')?.version).toBe(7);
		expect(qrPath('A'.repeat(74))?.version).toBe(4);
	});
});
