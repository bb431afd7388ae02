import { helpNote } from '$lib/i18n/features/help-note';
import { locale } from '$lib/state/locale.svelte';
import { downloadText } from '$lib/ui/download';
import { composeNote, noteFileName, type NoteParts } from './note';

/**
 * What the note form needs once a button is pressed: the note's file and the words the form
 * says then. It loads after the page (IncidentNoteForm), as the person writes.
 */
export const t = locale.messages(helpNote);

/** The note as the help desk reads it, dated now, in the page's language. */
export function writeNote(situation: string, fields: NoteParts['fields']): string {
	const now = new Date();
	return composeNote({
		title: t('help.note.fileTitle'),
		situationLabel: t('help.note.situation'),
		situation,
		writtenAtLabel: t('help.note.writtenAt'),
		writtenAt: now.toLocaleString(locale.current === 'ja' ? 'ja-JP' : 'en-GB', {
			dateStyle: 'long',
			timeStyle: 'short'
		}),
		empty: t('help.note.empty'),
		fields
	});
}

/** Saves the note as a text file named after the situation and today. */
export function saveNote(situationId: string, text: string): void {
	downloadText(noteFileName(situationId, new Date()), text);
}
