import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { checklistContent } from './src/lib/node/vite-plugin-content.ts';
import { shellChunk } from './src/lib/node/vite-plugin-shell-chunk.ts';

export default defineConfig({
	plugins: [checklistContent(), shellChunk(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		benchmark: { include: ['tests/bench/**/*.bench.ts'] }
	}
});
