import { describe, expect, it } from 'vitest';
import { guessDevice } from '$lib/domain/setup/device-guess';

const UA = {
	windows:
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
	mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
	iphone:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
	androidPhone:
		'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
	androidTablet:
		'Mozilla/5.0 (Linux; Android 15; SM-X910) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
	chromebook:
		'Mozilla/5.0 (X11; CrOS x86_64 16181.61.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
	linux: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0'
};

describe('guessDevice', () => {
	it.each([
		[UA.windows, 0, { deviceType: 'pc', os: 'windows' }],
		[UA.mac, 0, { deviceType: 'pc', os: 'macos' }],
		[UA.iphone, 5, { deviceType: 'smartphone', os: 'ios' }],
		[UA.androidPhone, 5, { deviceType: 'smartphone', os: 'android' }],
		[UA.androidTablet, 5, { deviceType: 'tablet', os: 'android' }],
		[UA.chromebook, 0, { deviceType: 'pc', os: 'chromeos' }],
		[UA.linux, 0, { deviceType: 'pc', os: 'linux' }]
	])('reads %s', (userAgent, maxTouchPoints, expected) => {
		expect(guessDevice({ userAgent, maxTouchPoints })).toEqual(expected);
	});

	it('tells an iPad asking for the desktop site from a Mac by its touch points', () => {
		expect(guessDevice({ userAgent: UA.mac, maxTouchPoints: 5 })).toEqual({
			deviceType: 'tablet',
			os: 'ipados'
		});
	});

	it('prefers Client Hints where the browser offers them', () => {
		expect(guessDevice({ userAgent: UA.linux, platform: 'Android', mobile: false })).toEqual({
			deviceType: 'tablet',
			os: 'android'
		});
		expect(guessDevice({ userAgent: 'unknown', platform: 'Windows' })).toEqual({
			deviceType: 'pc',
			os: 'windows'
		});
	});

	it('guesses nothing from a browser it cannot read', () => {
		expect(guessDevice({ userAgent: 'curl/8.0' })).toBeUndefined();
	});
});
