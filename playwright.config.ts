import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';

// Requests made by the service worker itself only reach `context.on('request')` with this flag.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e-artifacts',
	fullyParallel: true,
	workers: 2,
	timeout: 60_000,
	// One retry absorbs a slow moment on a 2-core CI machine; the summary reports any retried test.
	retries: 1,
	expect: { timeout: 10_000 },
	forbidOnly: true,
	reporter: [['list']],
	use: {
		browserName: 'chromium',
		serviceWorkers: 'allow',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath,
			args: [
				...chromiumArgs,
				// A synthetic camera, granted without a prompt, for the pre-meeting camera mirror.
				'--use-fake-device-for-media-stream',
				'--use-fake-ui-for-media-stream',
				// Any name but the loopback address fails to resolve: a stray request cannot leave.
				'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
			]
		}
	}
});
