/**
 * Link text (`#pack=…`, `#summary=…`) for exactly these JSON characters: the app's encoder only
 * writes what JSON.stringify makes, so a hostile link (a key given twice) is written here.
 */
export async function rawLink(json: string): Promise<string> {
	const packed = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return Buffer.from(await new Response(packed).arrayBuffer()).toString('base64url');
}
