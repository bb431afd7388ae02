import { defineConfig } from 'vitest/config';

// The critical flows in Firefox (WebDriver BiDi) and WebKitGTK (WebDriver), and in Chromium through
// the same harness: one engine at a time, since each drives a whole browser on a 2-core machine.
export default defineConfig({
	test: {
		include: ['tests/engines/**/*.test.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 60_000,
		expect: { requireAssertions: true }
	}
});
