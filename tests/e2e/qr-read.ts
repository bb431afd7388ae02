// The dev dependency jsqr 1.4.0: a QR reader that works on raw pixels, so a test reads the code
// a phone would see.
import jsQR from 'jsqr';
import type { Locator } from '@playwright/test';

/** A QR code's SVG as a phone would read it: drawn on a canvas at 4 px a module, then decoded. */
export async function readQr(svg: Locator): Promise<{ text: string; version: number } | undefined> {
	const { size, red } = await svg.evaluate(async (element) => {
		const modules = (element as SVGSVGElement).viewBox.baseVal.width;
		const side = modules * 4; // 4 px a module, like a phone camera close enough to focus
		const image = new Image();
		image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(element))}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = side;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0, side, side);
		const rgba = context.getImageData(0, 0, side, side).data;
		return { size: side, red: Array.from(rgba.filter((_, i) => i % 4 === 0)) };
	});
	const rgba = new Uint8ClampedArray(size * size * 4);
	red.forEach((value, i) => rgba.set([value, value, value, 255], i * 4));
	const code = jsQR(rgba, size, size);
	return code ? { text: code.data, version: code.version } : undefined;
}
