import type ja from '$lib/i18n/features/help.ja';

/** The situations' text all lives in the help catalogue. */
export type HelpKey = keyof typeof ja;

/** One line of the write-down form; `label` and `hint` may be worded for the situation. */
export interface NoteField {
	id: 'what' | 'when' | 'where' | 'device' | 'clicked' | 'since';
	label: HelpKey;
	hint?: HelpKey;
	multiline: boolean;
}

/**
 * One thing that can go wrong. `id` is the section's anchor (`/help#lost-device`): other pages
 * and help-desk mails link to it, so it never changes.
 */
export interface Situation {
	id: string;
	title: HelpKey;
	when: HelpKey;
	/** What to do first, in order: two to five short steps. */
	steps: readonly HelpKey[];
	note: readonly NoteField[];
}

const when: NoteField = {
	id: 'when',
	label: 'help.field.when',
	hint: 'help.field.whenHint',
	multiline: false
};
const device: NoteField = {
	id: 'device',
	label: 'help.field.device',
	hint: 'help.field.deviceHint',
	multiline: false
};
const since: NoteField = {
	id: 'since',
	label: 'help.field.since',
	hint: 'help.field.sinceHint',
	multiline: true
};

export const SITUATIONS: readonly Situation[] = [
	{
		id: 'lost-device',
		title: 'help.lost.title',
		when: 'help.lost.when',
		steps: ['help.lost.step1', 'help.lost.step2', 'help.lost.step3', 'help.lost.step4'],
		note: [
			{ id: 'what', label: 'help.lost.what', hint: 'help.lost.whatHint', multiline: true },
			{ ...when, label: 'help.lost.whenLabel' },
			{ id: 'where', label: 'help.lost.where', multiline: true },
			since
		]
	},
	{
		id: 'suspicious-link',
		title: 'help.phish.title',
		when: 'help.phish.when',
		steps: ['help.phish.step1', 'help.phish.step2', 'help.phish.step3', 'help.phish.step4'],
		note: [
			{ id: 'what', label: 'help.phish.what', multiline: true },
			when,
			device,
			{ id: 'clicked', label: 'help.phish.clicked', hint: 'help.note.noSecrets', multiline: true },
			since
		]
	},
	{
		id: 'strange-device',
		title: 'help.strange.title',
		when: 'help.strange.when',
		steps: ['help.strange.step1', 'help.strange.step2', 'help.strange.step3', 'help.strange.step4'],
		note: [
			{ id: 'what', label: 'help.strange.what', multiline: true },
			{ ...when, label: 'help.strange.whenLabel' },
			device,
			{ id: 'clicked', label: 'help.strange.clicked', multiline: true },
			since
		]
	},
	{
		id: 'isp-warning',
		title: 'help.isp.title',
		when: 'help.isp.when',
		steps: ['help.isp.step1', 'help.isp.step2', 'help.isp.step3', 'help.isp.step4'],
		note: [
			{ id: 'what', label: 'help.isp.what', multiline: true },
			when,
			{ ...device, label: 'help.isp.device' },
			{ ...since, label: 'help.isp.since' }
		]
	},
	{
		id: 'suspicious-contact',
		title: 'help.contactScam.title',
		when: 'help.contactScam.when',
		steps: [
			'help.contactScam.step1',
			'help.contactScam.step2',
			'help.contactScam.step3',
			'help.contactScam.step4',
			'help.contactScam.step5'
		],
		note: [
			{ id: 'what', label: 'help.contactScam.what', multiline: true },
			when,
			{
				id: 'clicked',
				label: 'help.contactScam.clicked',
				hint: 'help.note.noSecrets',
				multiline: true
			},
			since
		]
	}
];
