// A dedicated worker: recounting thousands of summaries must not freeze the admin's page.
import { z } from '$lib/domain/zod';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import type { AggregateReport } from '$lib/domain/aggregate/report-schema';
import type { ChecklistContent } from '$lib/domain/content/compile';
import type { PolicyPack } from '$lib/domain/formats/policy-pack';
import type { PostureSummary } from '$lib/domain/formats/summary';

// The same as the page (hooks.client.ts): no code generation under the CSP.
z.config({ jitless: true });

/** The page sends the content it already loaded, so the worker does not carry a copy. */
export interface AggregateRequest {
	content: ChecklistContent;
	summaries: { summary: PostureSummary; importedAt: string }[];
	pack: PolicyPack | undefined;
	now: string;
}

export type AggregateResponse =
	{ ok: true; report: AggregateReport } | { ok: false; error: string };

self.onmessage = (event: MessageEvent<AggregateRequest>) => {
	const { content, summaries, pack, now } = event.data;
	try {
		const aggregator = createAggregator({ content, pack, now: new Date(now) });
		for (const { summary, importedAt } of summaries) aggregator.add(summary, importedAt);
		self.postMessage({ ok: true, report: aggregator.result() } satisfies AggregateResponse);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		self.postMessage({ ok: false, error: message } satisfies AggregateResponse);
	}
};
