import { describe, expect, test } from 'vitest';
import { ENCRYPTION_MODULES, isEncryptionChunk } from '$lib/pwa/encryption-chunk';

describe('the encryption chunk', () => {
	test('is told apart by its file name, in the pages’ build and the admin worker’s', () => {
		expect(isEncryptionChunk('/_app/immutable/chunks/encryption.LxA4DGti.js')).toBe(true);
		expect(isEncryptionChunk('/_app/immutable/workers/chunks/encryption.B5-w_7T5.js')).toBe(true);
		expect(isEncryptionChunk('/_app/immutable/chunks/LxA4DGti.js')).toBe(false);
		expect(isEncryptionChunk('/_app/immutable/chunks/text-ja.BC8HBmpU.js')).toBe(false);
		expect(isEncryptionChunk('/_app/immutable/chunks/encryption.LxA4DGti.css')).toBe(false);
		// A page whose name merely starts with the word is not the chunk.
		expect(isEncryptionChunk('/encryption-help')).toBe(false);
	});

	test('takes the age library and the noble and scure modules it is built on, nothing else', () => {
		expect(ENCRYPTION_MODULES.test('/app/node_modules/age-encryption/dist/index.js')).toBe(true);
		expect(ENCRYPTION_MODULES.test('/app/node_modules/@noble/curves/ed25519.js')).toBe(true);
		expect(ENCRYPTION_MODULES.test('/app/node_modules/@scure/base/index.js')).toBe(true);
		expect(ENCRYPTION_MODULES.test('/app/node_modules/zod/v4/core/schemas.js')).toBe(false);
		expect(ENCRYPTION_MODULES.test('/app/src/lib/domain/formats/age-file.ts')).toBe(false);
	});
});
