// A dedicated worker: reading and checking hundreds of files must not freeze the admin's page.
import { z } from 'zod';
import { readSummary, type ReadFile } from '$lib/domain/formats/import-summaries';
import { fileFailure } from '$lib/domain/formats/read-versioned';

// The same as the page (hooks.client.ts): no code generation under the CSP.
z.config({ jitless: true });

self.onmessage = async (event: MessageEvent<File[]>) => {
	const results: ReadFile[] = [];
	for (const file of event.data) {
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
	}
	self.postMessage(results);
};
