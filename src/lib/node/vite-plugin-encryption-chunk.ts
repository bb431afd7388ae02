import type { Plugin, Rolldown } from 'vite';
import { ENCRYPTION_CHUNK, ENCRYPTION_MODULES } from '../pwa/encryption-chunk.ts';

type ChunkNames = Rolldown.OutputOptions['chunkFileNames'];

/** `names` for every chunk, but the encryption chunk's file name starts `encryption.`. */
function namedEncryption(names: ChunkNames): ChunkNames {
	return (chunk) => {
		const name = typeof names === 'function' ? names(chunk) : (names ?? '[name]-[hash].js');
		if (chunk.name !== ENCRYPTION_CHUNK || name.includes('[name]')) return name;
		return name.replace('[hash]', `${ENCRYPTION_CHUNK}.[hash]`);
	};
}

/**
 * Puts the age library into one chunk whose file name starts `encryption.`
 * (src/lib/pwa/encryption-chunk.ts), in the pages' build and in the admin worker's: SvelteKit
 * names chunks by their hash alone, and the service worker must tell this one apart.
 */
export function encryptionChunk(): Plugin {
	return {
		name: 'telework-check:encryption-chunk',
		apply: 'build',
		outputOptions(options) {
			const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
			const group = { name: ENCRYPTION_CHUNK, test: ENCRYPTION_MODULES };
			return {
				...options,
				chunkFileNames: namedEncryption(options.chunkFileNames),
				codeSplitting: { ...splitting, groups: [group, ...(splitting.groups ?? [])] }
			};
		}
	};
}
