/**
 * The age library (age-encryption and its noble and scure parts) is one chunk of this name, in
 * the pages' build and in the admin worker's. At some 57 KB gzip it is as large as a page's whole
 * first load and only people whose organisation encrypts summaries use it, so the service worker
 * keeps it on first use instead of precaching it for everyone.
 */
export const ENCRYPTION_CHUNK = 'encryption';

/** The modules of the age library, as the bundler names them. */
export const ENCRYPTION_MODULES = /[\\/]node_modules[\\/](?:age-encryption|@noble|@scure)[\\/]/;

/** Whether a build file (`_app/immutable/chunks/encryption.x1.js`, `…/workers/encryption-x1.js`) is that chunk. */
export function isEncryptionChunk(path: string): boolean {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return /^encryption[.-][\w-]+\.js$/.test(name);
}
