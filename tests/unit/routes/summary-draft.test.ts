import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import type { BuildResult } from '$lib/domain/formats/summary';
import type { DraftSources } from '$lib/app/summary-export';
import type { RespondentDetails } from '$lib/app/respondent-details';
import { SummaryDraft, type DraftMaker } from '../../../src/routes/summary/summary-draft.svelte';
import { makeAnswer, makeProfile } from '../../helpers/records';

const PAUSE = 200;
const device = makeProfile({ id: 'laptop' });

/** A maker whose builds end only when the test says so, in any order. */
function controlledMaker() {
	const reads: string[] = [];
	const builds: { name: string; finish: () => void }[] = [];
	const maker: DraftMaker = {
		read: async (profile) => {
			reads.push(profile.id);
			return { respondentId: `r-${reads.length}` } as DraftSources;
		},
		build: (_sources, details: RespondentDetails) =>
			new Promise<BuildResult>((resolve) =>
				builds.push({ name: details.name, finish: () => resolve(built(details.name)) })
			)
	};
	/** Ends the build made with `name`. */
	const finish = (name: string) => builds.find((b) => b.name === name)?.finish();
	return { maker, reads, builds, finish };
}

/** Just enough of a built summary to tell which name it was built with. */
const built = (name: string) =>
	({ ok: true, summary: { respondent: { name } } }) as unknown as BuildResult;
const shownName = (draft: SummaryDraft) =>
	draft.current?.ok ? draft.current.summary.respondent.name : undefined;

afterEach(() => {
	vi.useRealTimers();
});

describe('the summary draft', () => {
	test('a build that finishes after a newer one does not replace it', async () => {
		vi.useFakeTimers();
		const { maker, builds, finish } = controlledMaker();
		const draft = new SummaryDraft(maker, PAUSE);
		draft.open(device, undefined);
		await vi.advanceTimersByTimeAsync(0);
		draft.edit({ name: 'Ann', department: '' });
		await vi.advanceTimersByTimeAsync(PAUSE);
		draft.edit({ name: 'Anna', department: '' });
		await vi.advanceTimersByTimeAsync(PAUSE);
		expect(builds.map((b) => b.name)).toEqual(['', 'Ann', 'Anna']);

		finish('Anna');
		await vi.waitFor(() => expect(shownName(draft)).toBe('Anna'));
		finish('Ann');
		finish('');
		await vi.advanceTimersByTimeAsync(PAUSE);
		expect(shownName(draft)).toBe('Anna');
	});

	test('typing builds once per pause and never rereads the answers', async () => {
		vi.useFakeTimers();
		const { maker, reads, builds } = controlledMaker();
		const draft = new SummaryDraft(maker, PAUSE);
		draft.open(device, undefined);
		await vi.advanceTimersByTimeAsync(0);
		for (const name of ['Y', 'Ya', 'Yam', 'Yama', 'Yamada']) {
			draft.edit({ name, department: '' });
			await vi.advanceTimersByTimeAsync(PAUSE / 4);
		}
		await vi.advanceTimersByTimeAsync(PAUSE);
		expect(builds.map((b) => b.name)).toEqual(['', 'Yamada']);
		expect(reads).toEqual(['laptop']);
	});

	test('settled() builds what is entered now, without waiting for the pause', async () => {
		const { maker, builds, finish } = controlledMaker();
		const draft = new SummaryDraft(maker, 60_000);
		draft.open(device, undefined);
		draft.edit({ name: 'Sato', department: '' });
		expect(draft.waiting).toBe(true);
		const settled = draft.settled();
		await vi.waitFor(() => expect(builds.map((b) => b.name)).toEqual(['Sato']));
		finish('Sato');
		const result = await settled;
		expect(result?.ok && result.summary.respondent.name).toBe('Sato');
		expect(draft.waiting).toBe(false);
	});
});

describe('an answer changed in another tab', () => {
	const otherTab = new BroadcastChannel('telework-check:tabs');
	afterAll(() => otherTab.close());

	test("rereads this device's answers, and not for another device's", async () => {
		const { maker, reads } = controlledMaker();
		const draft = new SummaryDraft(maker, 0);
		const stop = draft.followOtherTabs();
		try {
			draft.open(device, undefined);
			otherTab.postMessage({
				kind: 'answer-stored',
				answer: makeAnswer({ profileId: 'phone' })
			});
			otherTab.postMessage({ kind: 'answer-cleared', profileId: 'laptop', itemId: 'x' });
			otherTab.postMessage({ kind: 'answer-stored', answer: makeAnswer({ profileId: 'laptop' }) });
			// Messages arrive in order: once the last one is handled, the first one was ignored.
			await vi.waitFor(() => expect(reads).toEqual(['laptop', 'laptop', 'laptop']));
		} finally {
			stop();
		}
	});
});
