// Random inputs for the aggregate tests (fast-check is slow to load: only the property tests
// import this file): a few respondents and devices, so that revisions,
// repeats and conflicts happen often; answers of every kind, fresh and stale.
import { fc } from '@fast-check/vitest';
import { ANSWER_STATUSES } from '$lib/domain/engine/answer';
import {
	APP_DECISIONS,
	OVERRIDES,
	newPolicyPack,
	type PackMeetingApp,
	type PolicyPack
} from '$lib/domain/formats/policy-pack';
import { SUMMARY_FORMAT, type PostureSummary } from '$lib/domain/formats/summary';
import { VERDICTS } from '$lib/domain/meetings/vetting';
import { contextArbitrary } from '../../../helpers/backup-arbitrary';
import { sealSync } from '../../../fixtures/aggregate/synthetic';
import { NOW, content } from './test-content';

const itemIds = content.items.map((i) => i.id);

const DAY_MS = 24 * 60 * 60 * 1000;

const around = (daysBefore: number, daysAfter: number) =>
	fc
		.integer({ min: -daysBefore * 24, max: daysAfter * 24 })
		.map((hours) => new Date(NOW.getTime() + (hours * DAY_MS) / 24).toISOString());

export const RESPONDENTS = ['r-000000000000000a', 'r-000000000000000b', 'r-000000000000000c'];
export const DEPARTMENTS = ['営業部', 'Dept, "Quoted"', '=HYPERLINK("x")', 'Support'];

/** Anything at all: every status, stale or fresh, sometimes missing. */
const anyAnswer = fc.option(
	fc
		.record({
			status: fc.constantFrom(...ANSWER_STATUSES),
			waiverUntil: around(60, 60).map((s) => s.slice(0, 10)),
			contentVersion: fc.constantFrom('0', '2026.11.1', '2026.12.1'),
			updatedAt: around(200, 0)
		})
		.map(({ waiverUntil, ...a }) => (a.status === 'waiver' ? { ...a, waiverUntil } : a)),
	{ freq: 4 }
);

/** A careful person: almost everything done, recently, on the current content. */
const carefulAnswer = fc
	.record({
		status: fc.oneof(
			{ arbitrary: fc.constant('done' as const), weight: 30 },
			{ arbitrary: fc.constantFrom('not-applicable' as const, 'not-yet' as const), weight: 1 }
		),
		updatedAt: around(30, 0)
	})
	.map((a) => ({ ...a, contentVersion: '2026.12.1' }));

/** One entry per content item (most people answer most of their list), then the gaps dropped. */
type AnswerWithoutId = Omit<PostureSummary['answers'][number], 'itemId'>;
const answersArbitrary = fc
	.boolean()
	.chain((careful) =>
		fc.array<AnswerWithoutId | null>(careful ? carefulAnswer : anyAnswer, {
			minLength: itemIds.length,
			maxLength: itemIds.length
		})
	)
	.map((list) => list.flatMap((a, i) => (a ? [{ itemId: itemIds[i]!, ...a }] : [])));

export const summaryArbitrary: fc.Arbitrary<PostureSummary> = fc
	.record({
		respondent: fc.constantFrom(...RESPONDENTS),
		ref: fc.constantFrom('laptop', 'phone'),
		department: fc.option(fc.constantFrom(...DEPARTMENTS), { nil: undefined }),
		context: contextArbitrary,
		answers: answersArbitrary,
		createdAt: around(200, 0),
		revision: fc.integer({ min: 1, max: 3 })
	})
	.map((s) =>
		sealSync({
			format: SUMMARY_FORMAT,
			formatVersion: 1, // the counting is the same for both versions
			appVersion: '0.1.0',
			contentVersion: '2026.12.1',
			respondent: { id: s.respondent, ...(s.department ? { department: s.department } : {}) },
			profile: { ref: s.ref, context: s.context },
			answers: s.answers,
			createdAt: s.createdAt,
			revision: s.revision
		})
	);

const meetingAppArbitrary = (app: string): fc.Arbitrary<PackMeetingApp> =>
	fc
		.record({
			decision: fc.constantFrom(...APP_DECISIONS),
			verdict: fc.constantFrom(...VERDICTS)
		})
		.map((d) => ({ app, name: { ja: app, en: app }, ...d, settings: [], vettedAt: '2026-11-01' }));

export const packArbitrary: fc.Arbitrary<PolicyPack> = fc
	.record({
		overrides: fc.dictionary(fc.constantFrom(...itemIds), fc.constantFrom(...OVERRIDES), {
			maxKeys: 20
		}),
		meetingApps: fc
			.subarray(['zoom', 'microsoft-teams', 'google-meet', 'webex'])
			.chain((apps) => fc.tuple(...apps.map(meetingAppArbitrary))),
		recheckDays: fc.integer({ min: 7, max: 200 }),
		minGroupSize: fc.integer({ min: 2, max: 6 })
	})
	.map((rest) => ({
		...newPolicyPack('acme', { ja: 'アクメ', en: 'Acme' }, '2026-11-01T00:00:00.000Z'),
		...rest
	}));

export const maybePack = fc.option(packArbitrary, { nil: undefined });

/** Summaries with when each was received (the browser's import time). */
export const receivedArbitrary = fc.array(fc.tuple(summaryArbitrary, around(200, 0)), {
	maxLength: 25
});
