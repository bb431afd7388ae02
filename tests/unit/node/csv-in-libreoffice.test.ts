// The CSV export opened by a real spreadsheet: headless LibreOffice Calc, told to evaluate
// formulas on import (as Excel does), must find no formula in any cell.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { toCsv } from '$lib/domain/aggregate/csv';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(
	(path) => spawnSync(path, ['--version']).status === 0
);
// CI installs LibreOffice (.ci/run), so there the test always runs; elsewhere it is optional.
const skip = !SOFFICE && process.env.CI !== 'true';

const TRIGGERS = [
	'=1+1',
	"=cmd|' /C calc'!A0",
	'+2+3',
	'-4+5',
	'@SUM(1,2)',
	'=HYPERLINK("http://127.0.0.1/x","click")',
	'\t=6+7',
	'\r=8+9'
];
const header = ['item_id', 'title', 'count'];
const rows = TRIGGERS.map((text, i) => [`item-${i}`, text, i - 3]);

const dir = mkdtempSync(join(tmpdir(), 'twc-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts `csv` with Calc to a flat OpenDocument sheet and returns its XML. */
function openInCalc(name: string, csv: string): string {
	expect(
		SOFFICE,
		'LibreOffice (soffice) is needed here: apt-get install libreoffice-calc-nogui'
	).toBeDefined();
	writeFileSync(join(dir, `${name}.csv`), csv);
	// Comma, double quote, UTF-8 (76), from line 1, standard cells, English, quoted as text off,
	// special numbers on, …, token 13: evaluate formulas on.
	const filter = 'CSV:44,34,76,1,,1033,false,true,false,false,false,false,true';
	const result = spawnSync(
		SOFFICE!,
		[
			`-env:UserInstallation=file://${join(dir, 'profile')}`,
			'--headless',
			'--norestore',
			`--infilter=${filter}`,
			'--convert-to',
			'fods',
			'--outdir',
			dir,
			join(dir, `${name}.csv`)
		],
		{ encoding: 'utf8', timeout: 120_000 }
	);
	expect(result.status, result.stderr).toBe(0);
	return readFileSync(join(dir, `${name}.fods`), 'utf8');
}

const formulas = (xml: string) => [...xml.matchAll(/table:formula="([^"]*)"/g)].map((m) => m[1]);

describe.skipIf(skip)('the CSV in LibreOffice Calc', () => {
	test('control: the same cells without neutralising do run as formulas', () => {
		const raw = Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' });
		// Calc runs the cells that start with "="; Excel also those with + - @.
		expect(formulas(openInCalc('raw', raw))).toHaveLength(3);
	}, 120_000);

	test('our export: no cell is a formula, the text is kept and numbers stay numbers', () => {
		const xml = openInCalc('export', toCsv(header, rows));
		expect(formulas(xml)).toEqual([]);
		expect(xml).toContain('=cmd|&apos; /C calc&apos;!A0');
		expect(xml).toMatch(/office:value-type="float" office:value="-3"/);
	}, 120_000);
});
