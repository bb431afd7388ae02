import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
	CRITERION_ANSWERS,
	UNKNOWN_TREATMENTS,
	type AppCard,
	type Criterion
} from '$lib/domain/content/meeting-schemas';
import {
	answersFromCard,
	appIdFromName,
	settingsFromLines,
	vetApp
} from '$lib/domain/meetings/vetting';

const text = { ja: 'テキスト', en: 'Text' };
const source = { title: 'Guide', url: 'https://example.com/guide', asOf: '2026-11-24' };

function criterion(id: string, tier: Criterion['tier'], ifUnknown: Criterion['ifUnknown']) {
	return {
		id,
		tier,
		group: 'security',
		title: text,
		why: text,
		howToFind: text,
		ifUnknown,
		sources: [source]
	} satisfies Criterion;
}

const CRITERIA = [
	criterion('passcode', 'must', 'not-met'),
	criterion('lobby', 'must', 'confirm'),
	criterion('e2ee', 'should', 'confirm')
];

function card(facts: AppCard['facts']): AppCard {
	return { app: 'zoom', product: text, scope: text, reviewedAt: '2026-11-24', facts, settings: [] };
}

describe('meeting app verdict', () => {
	it('every MUST and SHOULD met as it comes: recommended', () => {
		const result = vetApp(CRITERIA, { passcode: 'met', lobby: 'met', e2ee: 'met' });
		expect(result).toEqual({ verdict: 'recommended', reasons: [], settingCriteria: [] });
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

	it('an unknown counts as the criterion says, unless the card says otherwise', () => {
		expect(vetApp(CRITERIA, { passcode: 'unknown', lobby: 'met', e2ee: 'met' }).verdict).toBe(
			'not-recommended'
		);
		expect(vetApp(CRITERIA, { passcode: 'met', lobby: 'unknown', e2ee: 'met' }).reasons).toEqual([
			{ criterion: 'lobby', tier: 'must', kind: 'must-confirm' }
		]);
		const strict = card([
			{ criterion: 'lobby', answer: 'unknown', fact: text, ifUnknown: 'not-met' }
		]);
		const answers = { passcode: 'met', lobby: 'unknown', e2ee: 'met' } as const;
		expect(vetApp(CRITERIA, answers, strict).verdict).toBe('not-recommended');
	});

	it('a criterion nobody answered is unknown (another app, nothing filled in yet)', () => {
		expect(vetApp(CRITERIA, {}).verdict).toBe('not-recommended');
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
			tier: fc.constantFrom('must' as const, 'should' as const),
			ifUnknown: fc.constantFrom(...UNKNOWN_TREATMENTS)
		}),
		{ selector: (c) => c.id, minLength: 1, maxLength: 12 }
	)
	.map((list) => list.map((c) => criterion(c.id, c.tier, c.ifUnknown)));

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
		'only blocking reasons make it "not recommended"',
		([criteria, answers]) => {
			const { verdict, reasons } = vetApp(criteria, answers);
			const blocked = reasons.some((r) => r.kind === 'must-not-met' || r.kind === 'must-unknown');
			expect(verdict === 'not-recommended').toBe(blocked);
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
