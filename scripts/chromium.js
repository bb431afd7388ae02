// Where Chromium is and how to start it on these machines: Debian's package (Playwright's own
// browser download fails here), headless, with no background traffic to Google's hosts.

export const chromiumPath =
	process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
