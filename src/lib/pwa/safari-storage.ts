import { isIosSafari } from './install.svelte';

/**
 * Safari (iPhone, iPad and Mac) deletes a site's data after 7 days without a visit, unless the
 * site was added to the Home Screen or the Dock. Other browsers on iOS say CriOS/FxiOS/EdgiOS.
 */
export function safariMayDeleteData(ua: string, maxTouchPoints: number): boolean {
	if (isIosSafari(ua, maxTouchPoints)) return true;
	return /Safari\//.test(ua) && !/Chrome|Chromium|CriOS|FxiOS|EdgiOS|Edg|OPR|Android/.test(ua);
}

/** For the Settings page: Safari, and the app is not installed. Browser only. */
export function shouldWarnAboutSafari(): boolean {
	const standalone =
		window.matchMedia('(display-mode: standalone)').matches ||
		(navigator as Navigator & { standalone?: boolean }).standalone === true;
	return !standalone && safariMayDeleteData(navigator.userAgent, navigator.maxTouchPoints);
}
