import { guessDevice, type DeviceGuess } from '$lib/domain/setup/device-guess';

interface UserAgentData {
	platform?: string;
	mobile?: boolean;
}

/** The browser's own description of the device (User-Agent Client Hints where offered). */
export function guessThisDevice(): DeviceGuess | undefined {
	const data = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;
	return guessDevice({
		userAgent: navigator.userAgent,
		platform: data?.platform,
		mobile: data?.mobile,
		maxTouchPoints: navigator.maxTouchPoints
	});
}
