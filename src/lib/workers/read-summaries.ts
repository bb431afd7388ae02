// A dedicated worker: reading and checking hundreds of files must not freeze the admin's page.
import { z } from 'zod';
import { admitBatch, readSummary, type ReadFile } from '$lib/domain/formats/import-summaries';
import { fileFailure } from '$lib/domain/formats/read-versioned';

// The same as the page (hooks.client.ts): no code generation under the CSP.
z.config({ jitless: true });

/** Files per message: one message of thousands of summaries takes the page seconds to receive. */
const BATCH = 50;

export type ReadMessage = { done: false; files: ReadFile[] } | { done: true };

self.onmessage = async (event: MessageEvent<File[]>) => {
	// Sizes are checked here too: reading thousands of them costs the page a second.
	const { admitted, refused } = admitBatch(event.data);
	let results: ReadFile[] = refused.map((error) => ({
		fileName: error.fileName,
		result: { ok: false, error }
	}));
	for (const file of admitted) {
		try {
			results.push({
				fileName: file.name,
				result: await readSummary(await file.arrayBuffer(), file.name)
			});
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			results.push({
				fileName: file.name,
				result: fileFailure(file.name, 'unreadable', '', reason)
			});
		}
		if (results.length === BATCH) {
			self.postMessage({ done: false, files: results } satisfies ReadMessage);
			results = [];
		}
	}
	self.postMessage({ done: false, files: results } satisfies ReadMessage);
	self.postMessage({ done: true } satisfies ReadMessage);
};
