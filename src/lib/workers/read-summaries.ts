// A dedicated worker for importing summaries: reading and checking thousands of files, and
// holding them until they are saved, must not freeze the admin's page.
import { z } from '$lib/domain/zod';
import { loadSummaries } from '$lib/storage/summaries';
import {
	ImportSession,
	storedRows,
	type FileOutcome,
	type StoredRow
} from '$lib/state/summary-import-session';

// The same as the page (hooks.client.ts): no code generation under the CSP.
z.config({ jitless: true });

export type ImportRequest =
	| { type: 'add'; files: File[] }
	| { type: 'read'; expectedOrgId?: string }
	| { type: 'commit'; importedAt: string }
	| { type: 'list' };

export type ImportResponse =
	| { type: 'report'; outcomes: FileOutcome[] }
	| { type: 'stored'; stored: StoredRow[] }
	| { type: 'failed'; error: string };

const session = new ImportSession();
let chosen: File[] = [];

async function answer(request: ImportRequest): Promise<ImportResponse | undefined> {
	switch (request.type) {
		case 'add':
			chosen.push(...request.files);
			return undefined;
		case 'read': {
			const files = chosen;
			chosen = [];
			return { type: 'report', outcomes: await session.read(files, request.expectedOrgId) };
		}
		case 'commit':
			return { type: 'stored', stored: await session.commit(request.importedAt) };
		case 'list':
			return { type: 'stored', stored: storedRows(await loadSummaries()) };
	}
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	try {
		const response = await answer(event.data);
		if (response) self.postMessage(response);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		self.postMessage({ type: 'failed', error: message } satisfies ImportResponse);
	}
};
