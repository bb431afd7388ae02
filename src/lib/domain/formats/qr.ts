import qrcode from 'qrcode-generator';

/** A QR code as one SVG path (dark modules as unit squares) on a `size`×`size` grid, quiet zone included. */
export interface QrPath {
	size: number;
	d: string;
}

const QUIET_ZONE = 4;

/**
 * The QR code of `text` (byte mode, error correction M), or undefined when it does not fit in
 * the largest QR version: then the link or the file has to carry it instead.
 */
export function qrPath(text: string): QrPath | undefined {
	const code = qrcode(0, 'M');
	try {
		code.addData(text, 'Byte');
		code.make();
	} catch {
		return undefined; // "code length overflow"
	}
	const count = code.getModuleCount();
	const parts: string[] = [];
	for (let row = 0; row < count; row++) {
		for (let col = 0; col < count; col++) {
			if (code.isDark(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
		}
	}
	return { size: count + QUIET_ZONE * 2, d: parts.join('') };
}
