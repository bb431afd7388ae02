import qrcode from 'qrcode-generator';

/** A QR code as one SVG path (dark modules as unit squares) on a `size`×`size` grid, quiet zone included. */
export interface QrPath {
	size: number;
	d: string;
	/** The QR version (1–40): the code has 17 + 4 × version modules a side. */
	version: number;
}

const QUIET_ZONE = 4;

/**
 * The largest code offered. Version 20 is 97 modules a side: shown 280 px wide, each module is
 * about 3 CSS px, which a phone camera reads off a screen at arm's length. Denser codes (a
 * 1,800-character link needs version 33 at level M, 149 modules) often fail to scan.
 */
export const QR_MAX_VERSION = 20;

/**
 * The QR code of `text` (byte mode), or undefined when it would be denser than `QR_MAX_VERSION`:
 * then the file or the link carries it instead. Error correction L by default: a code shown on a
 * screen is not scuffed, so the smallest code matters more than recovering damage. Paper kept
 * for years asks for more (`'Q'` restores a quarter of the code).
 */
export function qrPath(text: string, level: 'L' | 'M' | 'Q' | 'H' = 'L'): QrPath | undefined {
	const code = qrcode(0, level);
	try {
		code.addData(text, 'Byte');
		code.make();
	} catch {
		return undefined; // "code length overflow": beyond version 40
	}
	const count = code.getModuleCount();
	const version = (count - 17) / 4;
	if (version > QR_MAX_VERSION) return undefined;
	const parts: string[] = [];
	for (let row = 0; row < count; row++) {
		for (let col = 0; col < count; col++) {
			if (code.isDark(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
		}
	}
	return { size: count + QUIET_ZONE * 2, d: parts.join(''), version };
}
