import { localDate } from '$lib/domain/engine/freshness';

/** The parts of a write-down note, already in the reader's language. */
export interface NoteParts {
	title: string;
	situationLabel: string;
	situation: string;
	writtenAtLabel: string;
	writtenAt: string;
	/** Shown for a field left blank, so the help desk sees it was not forgotten by the app. */
	empty: string;
	fields: readonly { label: string; value: string }[];
}

/** Plain text a help desk can read in any mail client or editor: label, then the answer. */
export function composeNote(parts: NoteParts): string {
	const blocks = [
		parts.title,
		`${parts.situationLabel}: ${parts.situation}\n${parts.writtenAtLabel}: ${parts.writtenAt}`,
		...parts.fields.map(({ label, value }) => {
			const text = value.replace(/\r\n?/g, '\n').trim();
			return `■ ${label}\n${text === '' ? parts.empty : text}`;
		})
	];
	return blocks.join('\n\n') + '\n';
}

/** `telework-check-note-<situation>-<local date>.txt`: sorts by date, names what it is about. */
export function noteFileName(situationId: string, now: Date): string {
	return `telework-check-note-${situationId}-${localDate(now)}.txt`;
}
