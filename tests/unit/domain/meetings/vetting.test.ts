import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { AppCard, Criterion } from '$lib/domain/content/meeting-schemas';
import { CRITERION_ANSWERS } from '$lib/domain/content/vocabulary';
import {
	answersFromCard,
	appIdFromName,
	settingsFromLines,
	vetApp
} from '$lib/domain/meetings/vetting';

const text = { ja: 'テキスト', en: 'Text' };
const source = { title: 'Guide', url: 'https://example.com/guide', asOf: '2026-11-24' };

function criterion(id: string, tier: Criterion['tier']) {
	return {
		id,
		tier,
		group: 'security',
		title: text,
		why: text,
		howToFind: text,
		sources: [source]
	} satisfies Criterion;
}

const CRITERIA = [
	criterion('passcode', 'must'),
	criterion('lobby', 'must'),
	criterion('e2ee', 'should')
];

function card(facts: AppCard['facts']): AppCard {
	return { app: 'zoom', product: text, scope: text, reviewedAt: '2026-11-24', facts, settings: [] };
}

describe('meeting app verdict', () => {
	it('every MUST and SHOULD met as it comes: recommended', () => {
		const result = vetApp(CRITERIA, { passcode: 'met', lobby: 'met', e2ee: 'met' });
		expect(result).toEqual({
			verdict: 'recommended',
			reasons: [],
			settingCriteria: [],
			openPoints: []
		});
	});

	it('a MUST met only with a setting: allowed with that setting required', () => {
		const result = vetApp(CRITERIA, { passcode: 'with-setting', lobby: 'met', e2ee: 'met' });
		expect(result.verdict).toBe('allowed-with-settings');
		expect(result.settingCriteria).toEqual(['passcode']);
		expect(result.reasons).toEqual([
			{ criterion: 'passcode', tier: 'must', kind: 'must-with-setting' }
		]);
	});

	it('a failed MUST: not recommended, MUST reasons listed before SHOULD ones', () => {
		const result = vetApp(CRITERIA, { passcode: 'met', lobby: 'not-met', e2ee: 'not-met' });
		expect(result.verdict).toBe('not-recommended');
		expect(result.reasons.map((r) => r.kind)).toEqual(['must-not-met', 'should-not-met']);
	});

	it('an unknown MUST criterion needs checking, with the points listed; never "not recommended"', () => {
		const result = vetApp(CRITERIA, { passcode: 'unknown', lobby: 'unknown', e2ee: 'met' });
		expect(result.verdict).toBe('needs-checking');
		expect(result.openPoints).toEqual(['passcode', 'lobby']);
		expect(result.reasons).toEqual([
			{ criterion: 'passcode', tier: 'must', kind: 'must-unknown' },
			{ criterion: 'lobby', tier: 'must', kind: 'must-unknown' }
		]);
	});

	it('a MUST known to fail outweighs unknown ones: not recommended, open points still listed', () => {
		const result = vetApp(CRITERIA, { passcode: 'not-met', lobby: 'unknown', e2ee: 'unknown' });
		expect(result.verdict).toBe('not-recommended');
		expect(result.openPoints).toEqual(['lobby']);
	});

	it('an unknown SHOULD criterion alone allows the app with settings', () => {
		const result = vetApp(CRITERIA, { passcode: 'met', lobby: 'met', e2ee: 'unknown' });
		expect(result.verdict).toBe('allowed-with-settings');
		expect(result.openPoints).toEqual([]);
	});

	it('a criterion nobody answered is unknown (another app, nothing filled in yet)', () => {
		const result = vetApp(CRITERIA, {});
		expect(result.verdict).toBe('needs-checking');
		expect(result.openPoints).toEqual(['passcode', 'lobby']);
	});

	it('starts the flow from the card facts', () => {
		const facts = card([
			{ criterion: 'passcode', answer: 'with-setting', fact: text, source },
			{ criterion: 'lobby', answer: 'met', fact: text, source }
		]);
		expect(answersFromCard(facts)).toEqual({ passcode: 'with-setting', lobby: 'met' });
	});
});

const criteriaArb = fc
	.uniqueArray(
		fc.record({
			id: fc.stringMatching(/^[a-z]{1,8}$/),
			tier: fc.constantFrom('must' as const, 'should' as const)
		}),
		{ selector: (c) => c.id, minLength: 1, maxLength: 12 }
	)
	.map((list) => list.map((c) => criterion(c.id, c.tier)));

const scenarioArb = criteriaArb.chain((criteria) =>
	fc.tuple(
		fc.constant(criteria),
		fc.dictionary(
			fc.constantFrom(...criteria.map((c) => c.id)),
			fc.constantFrom(...CRITERION_ANSWERS)
		)
	)
);

describe('verdict properties', () => {
	test.prop([scenarioArb])(
		'a failed MUST criterion never yields "recommended"',
		([criteria, answers]) => {
			const failedMust = criteria.some((c) => c.tier === 'must' && answers[c.id] === 'not-met');
			const { verdict } = vetApp(criteria, answers);
			if (failedMust) expect(verdict).toBe('not-recommended');
			if (verdict === 'recommended') {
				expect(
					criteria.every(
						(c) =>
							answers[c.id] === 'met' || (c.tier === 'should' && answers[c.id] === 'with-setting')
					)
				).toBe(true);
			}
		}
	);

	test.prop([scenarioArb])(
		'only a MUST known to fail makes it "not recommended"; unknown never does',
		([criteria, answers]) => {
			const { verdict, reasons, openPoints } = vetApp(criteria, answers);
			const failed = criteria.some((c) => c.tier === 'must' && answers[c.id] === 'not-met');
			const unknownMust = criteria.filter(
				(c) => c.tier === 'must' && (answers[c.id] ?? 'unknown') === 'unknown'
			);
			expect(verdict === 'not-recommended').toBe(failed);
			expect(verdict === 'needs-checking').toBe(!failed && unknownMust.length > 0);
			expect(openPoints).toEqual(unknownMust.map((c) => c.id));
			expect(verdict === 'recommended').toBe(reasons.length === 0);
		}
	);
});

describe('another app, named by the organisation', () => {
	it('gets a kebab id from Latin letters and digits, or none', () => {
		expect(appIdFromName('Example Video 2')).toBe('example-video-2');
		expect(appIdFromName('  ＺＯＯＭ　Ｘ ')).toBe('zoom-x');
		expect(appIdFromName('社内会議')).toBeUndefined();
	});

	it('turns typed lines into required settings, without blanks or repeats', () => {
		expect(settingsFromLines('Waiting room on\n\n  Passcode  \nWaiting room on')).toEqual([
			{
				id: 'setting-1',
				name: { ja: 'Waiting room on', en: 'Waiting room on' },
				requiredFrom: 'low'
			},
			{ id: 'setting-2', name: { ja: 'Passcode', en: 'Passcode' }, requiredFrom: 'low' }
		]);
	});
});
