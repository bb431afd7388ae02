import { describe, expect, it } from 'vitest';
import { contextSchema } from '$lib/domain/engine/context';
import { draftToContext, emptyDraft, stepComplete, WIZARD_STEPS } from '$lib/domain/setup/wizard';

describe('the set-up questions', () => {
	it('ask one thing a screen, ending with the name', () => {
		expect(WIZARD_STEPS[0]).toBe('ownership');
		expect(WIZARD_STEPS.at(-1)).toBe('name');
		expect(new Set(WIZARD_STEPS).size).toBe(WIZARD_STEPS.length);
	});

	it('need an answer where the context needs one, and let the rest stay empty', () => {
		const draft = emptyDraft();
		expect(stepComplete('ownership', draft, '')).toBe(false);
		expect(stepComplete('networks', draft, '')).toBe(false);
		expect(stepComplete('methods', draft, '')).toBe(true);
		expect(stepComplete('meetingApps', draft, '')).toBe(true);
		expect(stepComplete('facts', draft, '')).toBe(true);
		expect(stepComplete('name', draft, '  ')).toBe(false);
		expect(stepComplete('name', draft, 'Work laptop')).toBe(true);
	});

	it('refuse an OS that does not run on the chosen device', () => {
		const draft = { ...emptyDraft(), deviceType: 'pc' as const, os: 'ios' as const };
		expect(stepComplete('device', draft, '')).toBe(false);
		expect(
			draftToContext({
				...draft,
				ownership: 'issued',
				networks: ['home-wifi'],
				places: ['own-room']
			})
		).toBeUndefined();
	});

	it('turn a complete draft into a valid employee context', () => {
		const context = draftToContext({
			...emptyDraft(),
			ownership: 'personal',
			deviceType: 'pc',
			os: 'windows',
			networks: ['public-wifi'],
			places: ['public-place'],
			methods: ['vpn'],
			meetingApps: ['zoom']
		});
		expect(context).toBeDefined();
		expect(contextSchema.parse(context)).toEqual(context);
		expect(context?.role).toBe('employee');
	});
});
