import { describe, expect, test } from 'vitest';
import { WizardState } from '$lib/state/wizard.svelte';

const GUESS = { deviceType: 'smartphone', os: 'android' } as const;

describe('starting a new device while the person is already answering', () => {
	test('an untouched form takes the browser guess', () => {
		const wizard = new WizardState();
		wizard.startNew(GUESS);
		expect(wizard.draft).toMatchObject(GUESS);
		expect(wizard.guess).toEqual(GUESS);
	});

	test('an answer given before the start is kept, and the guess is not applied', () => {
		const wizard = new WizardState();
		wizard.draft.ownership = 'personal';
		wizard.next();
		wizard.startNew(GUESS);
		expect(wizard.draft.ownership).toBe('personal');
		expect(wizard.draft.deviceType).toBeUndefined();
		expect(wizard.step).toBe('device');
		expect(wizard.guess).toBeUndefined();
	});
});
