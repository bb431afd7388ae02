import Papa from 'papaparse';

export type Cell = string | number | null;

/**
 * Text a spreadsheet would run as a formula or split oddly (CSV injection): = + - @, tab, CR,
 * LF, NUL. Papa puts a ' before such a text cell and quotes it; numbers are never touched, so
 * -5 stays a number.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORMULA_START = /^[=+\-@\t\r\n\u0000]/;

/** Excel (Japanese Windows above all) reads a CSV as UTF-8 only when it starts with a BOM. */
export const UTF8_BOM = '\ufeff';

/**
 * RFC 4180: every record ends with CRLF, fields are quoted when they hold a comma, a quote or a
 * line break (a quote doubled inside).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const text = Papa.unparse(
		{ fields: [...header], data: rows.map((row) => [...row]) },
		{ newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START }
	);
	return `${UTF8_BOM}${text}\r\n`;
}
