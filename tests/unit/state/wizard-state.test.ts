import { describe, expect, test } from 'vitest';
import { WizardState } from '$lib/state/wizard.svelte';

const GUESS = { deviceType: 'smartphone', os: 'android' } as const;

describe('the browser guess is a suggestion, never an answer', () => {
	test('a new device starts with nothing chosen, and the guess is offered', () => {
		const wizard = new WizardState();
		wizard.startNew(GUESS);
		expect(wizard.draft.deviceType).toBeUndefined();
		expect(wizard.draft.os).toBeUndefined();
		expect(wizard.guess).toEqual(GUESS);
	});

	test('taking the suggestion answers the device question', () => {
		const wizard = new WizardState();
		wizard.startNew(GUESS);
		wizard.draft.ownership = 'issued';
		wizard.next();
		expect(wizard.canGoOn).toBe(false);
		wizard.useGuess();
		expect(wizard.draft).toMatchObject(GUESS);
		expect(wizard.canGoOn).toBe(true);
	});
});

describe('starting a new device while the person is already answering', () => {
	test('an answer given before the start is kept, and the guess is still offered', () => {
		const wizard = new WizardState();
		wizard.draft.ownership = 'personal';
		wizard.next();
		wizard.startNew(GUESS);
		expect(wizard.draft.ownership).toBe('personal');
		expect(wizard.draft.deviceType).toBeUndefined();
		expect(wizard.step).toBe('device');
		expect(wizard.guess).toEqual(GUESS);
	});

	test('once the device question is answered, the guess is not offered', () => {
		const wizard = new WizardState();
		wizard.draft.ownership = 'issued';
		wizard.next();
		wizard.draft.deviceType = 'pc';
		wizard.startNew(GUESS);
		expect(wizard.draft.deviceType).toBe('pc');
		expect(wizard.guess).toBeUndefined();
	});
});
