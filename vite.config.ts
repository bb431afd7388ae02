import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { checklistContent } from './src/lib/node/vite-plugin-content.ts';
import { encryptionChunk } from './src/lib/node/vite-plugin-encryption-chunk.ts';
import { shellChunk } from './src/lib/node/vite-plugin-shell-chunk.ts';

export default defineConfig({
	plugins: [checklistContent(), shellChunk(), encryptionChunk(), sveltekit()],
	// Modules, so that the admin worker loads the age library as a chunk of its own, when needed.
	worker: { format: 'es', plugins: () => [encryptionChunk()] },
	// Vite's helper adds a <link rel=modulepreload> to the page for every chunk each dynamic
	// import needs: on a phone that DOM work blocked the page for 50 to 130 ms after it showed.
	// SvelteKit preloads each page's own chunks itself, and the service worker serves the rest.
	build: { modulePreload: false },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		benchmark: { include: ['tests/bench/**/*.bench.ts'] }
	}
});
