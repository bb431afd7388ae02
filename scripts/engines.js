// Where the other two engines are: Debian's Firefox ESR, and WebKitGTK's WebDriver with the
// MiniBrowser libwebkit2gtk ships, which needs an X display (Xvfb when there is none).
import { existsSync } from 'node:fs';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
	process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = '/usr/bin/Xvfb';

/** The programs the engine tests need that this machine lacks. */
export function missingEngines() {
	const needed = [firefoxPath, webkitDriverPath, miniBrowserPath];
	if (!process.env.DISPLAY) needed.push(xvfbPath);
	return needed.filter((path) => !existsSync(path));
}
