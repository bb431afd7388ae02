import type { RevisionOutcome } from '../domain/formats/import-summaries.ts';
import type { Locale } from '../domain/shared/locale.ts';
import { collect } from './features/collect.ts';
import { format } from './messages.ts';

// The words for what an import did with each file, used alike by the /summaries report and the
// command line (which reads this catalogue directly, like problem-text.ts).

type Outcome =
	| { kind: 'superseded'; by: number }
	| { kind: Exclude<RevisionOutcome['kind'], 'superseded'> | 'rejected' };

/** "Older (revision 3 is newer)", "Conflict (same revision, different content)". */
export function outcomeText(locale: Locale, outcome: Outcome): string {
	const words = collect[locale];
	if (outcome.kind === 'superseded') {
		return format(words['collect.kind.superseded'], { by: outcome.by });
	}
	return words[`collect.kind.${outcome.kind}`];
}
