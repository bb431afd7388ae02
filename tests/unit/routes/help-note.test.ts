import { describe, expect, it } from 'vitest';
import ja from '$lib/i18n/features/help.ja';
import en from '$lib/i18n/features/help.en';

// The help page loads its own catalogue; these keys must all be in it.
const messages = { ja, en };
import { KEBAB_ID } from '$lib/domain/content/text';
import { composeNote, noteFileName } from '../../../src/routes/help/note';
import { SITUATIONS } from '../../../src/routes/help/situations';

describe('help situations', () => {
	it('have stable, unique kebab-case anchors and two to five first steps', () => {
		const ids = SITUATIONS.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const situation of SITUATIONS) {
			expect(situation.id).toMatch(KEBAB_ID);
			expect(situation.steps.length, situation.id).toBeGreaterThanOrEqual(2);
			expect(situation.steps.length, situation.id).toBeLessThanOrEqual(5);
		}
		expect(ids).toEqual([
			'lost-device',
			'suspicious-link',
			'strange-device',
			'isp-warning',
			'suspicious-contact'
		]);
	});

	it('ask for what happened and when, each field once, worded in both languages', () => {
		for (const situation of SITUATIONS) {
			const fields = situation.note.map((f) => f.id);
			expect(new Set(fields).size, situation.id).toBe(fields.length);
			expect(fields, situation.id).toEqual(expect.arrayContaining(['what', 'when', 'since']));
			const keys = [
				situation.title,
				situation.when,
				...situation.steps,
				...situation.note.flatMap((f) => (f.hint ? [f.label, f.hint] : [f.label]))
			];
			for (const key of keys) {
				expect(messages.ja[key], key).toBeTruthy();
				expect(messages.en[key], key).toBeTruthy();
			}
		}
	});
});

describe('composeNote', () => {
	const parts = {
		title: 'Telework Check — note',
		situationLabel: 'Situation',
		situation: 'You opened a suspicious link',
		writtenAtLabel: 'Note written at',
		writtenAt: '3 June 2026 at 14:05',
		empty: '(not filled in)'
	};

	it('lists every field with its answer, and marks blank ones', () => {
		const text = composeNote({
			...parts,
			fields: [
				{ label: 'What happened', value: '  A mail from "IT"\r\nasked for my password  ' },
				{ label: 'When', value: '   ' }
			]
		});
		expect(text).toBe(
			[
				'Telework Check — note',
				'',
				'Situation: You opened a suspicious link',
				'Note written at: 3 June 2026 at 14:05',
				'',
				'■ What happened',
				'A mail from "IT"\nasked for my password',
				'',
				'■ When',
				'(not filled in)',
				''
			].join('\n')
		);
	});

	it('names the file after the situation and the local date', () => {
		expect(noteFileName('lost-device', new Date(2026, 0, 5, 23, 59))).toBe(
			'telework-check-note-lost-device-2026-01-05.txt'
		);
	});
});
