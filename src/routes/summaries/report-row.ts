import { collect } from '$lib/i18n/features/collect';
import { outcomeText } from '$lib/i18n/outcome-text';
import { fileErrorReason, fileNameText } from '$lib/i18n/problem-text';
import { locale } from '$lib/state/locale.svelte';
import type { FileOutcome } from '$lib/workers/import-session';

// The words of the import report. The page loads this module once a report is shown, so that
// the outcome and file-problem texts stay off its first load.

const t = locale.messages(collect);

/** One row of the report: the file, what became of it, and why. */
export function reportRow({ fileName, outcome }: FileOutcome): {
	file: string;
	outcome: string;
	reason: string;
} {
	return {
		file: fileNameText(locale.current, fileName),
		outcome: outcomeText(locale.current, outcome),
		reason: reasonText(outcome)
	};
}

function reasonText(outcome: FileOutcome['outcome']): string {
	if (outcome.kind === 'rejected') return fileErrorReason(locale.current, outcome.error);
	if (outcome.kind !== 'accepted') return '';
	return [
		outcome.withoutPolicy ? t('collect.withoutPolicy') : '',
		outcome.replaces ? t('collect.replaces') : ''
	]
		.filter(Boolean)
		.join(' ');
}
