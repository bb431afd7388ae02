import { displayName } from '../domain/shared/display-text.ts';
import type { Locale } from '../domain/shared/locale.ts';
import { fieldLabel, type FieldLabel, type FormatId } from '../domain/formats/field-labels.ts';
import type { Problem } from '../domain/formats/problems.ts';
import { displayFileName, LINK_NAME, type FileError } from '../domain/formats/read-versioned.ts';
import type { JsonPath } from '../domain/formats/safe-json.ts';
import { fileProblems } from './features/file-problems.ts';
import { format } from './messages.ts';

// The words for file and form problems, used alike by the pages and the command line (which
// has no page to register a catalogue, nor the $lib alias): this module reads its catalogue
// directly, by relative paths.

type Key = keyof (typeof fileProblems)['ja'];

function text(locale: Locale, key: Key, params?: Record<string, string | number>): string {
	return format(fileProblems[locale][key], params);
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What the field expects, or what is wrong with the file: "1〜365 の数で入力してください". */
export function problemText(locale: Locale, problem: Problem): string {
	return capitalised(expected(locale, problem));
}

/** The same in the middle of a sentence, after the field's name. */
function expected(locale: Locale, problem: Problem): string {
	// A name or value quoted from the file (an unknown field's name) is cleaned like a file name.
	const params = Object.fromEntries(
		Object.entries(problem.params ?? {}).map(([k, v]) => [
			k,
			typeof v === 'string' ? displayName(v) : v
		])
	);
	if (problem.kind === 'wrong-format') {
		params.format = text(locale, `file.kind.${params.format as FormatId}`);
	}
	return text(locale, `expect.${problem.kind}`, params);
}

/** A field by its labels: "相談窓口 1 件目の名前（日本語）", "Help desk 1, name (Japanese)". */
export function labelText(locale: Locale, label: FieldLabel): string {
	const names = label.parts.map(({ key, n, name }) =>
		text(locale, `field.${key}`, { ...(n ? { n } : {}), ...(name ? { name } : {}) })
	);
	const joined = names.reduce((a, b) => text(locale, 'field.join', { a, b }));
	return capitalised(joined + (label.lang ? text(locale, `field.lang.${label.lang}`) : ''));
}

/** A form field's problem with the field named: "点検を見直す間隔（日数）: 7〜730 の数で入力してください". */
export function fieldProblemText(
	locale: Locale,
	formatId: FormatId,
	path: JsonPath,
	problem: Problem
): string {
	const label = fieldLabel(formatId, path);
	return label.parts.length > 0
		? `${labelText(locale, label)}: ${expected(locale, problem)}`
		: problemText(locale, problem);
}

/** A file's name as shown; a link's data is "the link". */
export function fileNameText(locale: Locale, fileName: string): string {
	// Cleaned here too: accepted files' names come from the file picker, never through a failure.
	return fileName === LINK_NAME ? text(locale, 'file.link') : displayFileName(fileName);
}

function more(locale: Locale, error: FileError): string {
	return error.more > 0 ? text(locale, 'file.more', { count: error.more }) : '';
}

/** What is wrong, without the file's name (shown beside it): the field, what it expects. */
export function fileErrorReason(locale: Locale, error: FileError): string {
	const where = error.format ? error.path : [];
	return (
		fieldProblemText(locale, error.format ?? 'pack', where, error.problem) + more(locale, error)
	);
}

/** The whole message: the file, the field by its label, what it expects, how many more. */
export function fileErrorText(locale: Locale, error: FileError): string {
	const file = fileNameText(locale, error.fileName);
	const label = error.format ? fieldLabel(error.format, error.path) : { parts: [] };
	const problem = expected(locale, error.problem);
	const line =
		label.parts.length > 0
			? text(locale, 'file.withField', { file, field: labelText(locale, label), problem })
			: text(locale, 'file.whole', { file, problem });
	return line + more(locale, error);
}
