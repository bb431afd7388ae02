import type { DeviceType, OperatingSystem } from '../content/vocabulary.ts';

export interface DeviceGuess {
	deviceType: DeviceType;
	os: OperatingSystem;
}

/** What a browser says about itself: the User-Agent string, and Client Hints where offered. */
export interface BrowserHints {
	userAgent: string;
	/** `navigator.userAgentData.platform` (Chromium): "Windows", "macOS", "Android", "Chrome OS"... */
	platform?: string;
	/** `navigator.userAgentData.mobile` */
	mobile?: boolean;
	/** `navigator.maxTouchPoints`: tells an iPad (which claims to be a Mac) from a Mac. */
	maxTouchPoints?: number;
}

function guessOs({
	userAgent: ua,
	platform = '',
	maxTouchPoints = 0
}: BrowserHints): OperatingSystem | undefined {
	const p = platform.toLowerCase();
	if (p === 'android' || /Android/.test(ua)) return 'android';
	if (/iPad/.test(ua) || (/Macintosh/.test(ua) && maxTouchPoints > 1)) return 'ipados';
	if (/iPhone|iPod/.test(ua)) return 'ios';
	if (p === 'chrome os' || p === 'chromeos' || /CrOS/.test(ua)) return 'chromeos';
	if (p === 'windows' || /Windows/.test(ua)) return 'windows';
	if (p === 'macos' || /Macintosh|Mac OS X/.test(ua)) return 'macos';
	if (p === 'linux' || /Linux/.test(ua)) return 'linux';
	return undefined;
}

/**
 * A first guess at the device, for the person to confirm: never trusted on its own, because
 * browsers can misreport (an iPad asks for the desktop site, a phone browser in desktop mode).
 */
export function guessDevice(hints: BrowserHints): DeviceGuess | undefined {
	const os = guessOs(hints);
	if (!os) return undefined;
	if (os === 'ios') return { deviceType: 'smartphone', os };
	if (os === 'ipados') return { deviceType: 'tablet', os };
	if (os === 'android') {
		const phone = hints.mobile ?? /Mobile/.test(hints.userAgent);
		return { deviceType: phone ? 'smartphone' : 'tablet', os };
	}
	return { deviceType: 'pc', os };
}
