import { execFileSync, spawnSync } from 'node:child_process';

/** poppler-utils reads the printed PDFs back; CI installs it (.ci/run). */
const POPPLER = spawnSync('pdftotext', ['-v']).status === 0;

/**
 * Runs a poppler-utils tool (`pdftotext`, `pdfinfo`) and returns what it printed. Without
 * poppler-utils the print tests fail saying so, rather than being skipped out of sight.
 */
export function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): string {
	if (!POPPLER) {
		throw new Error(
			'poppler-utils is needed to read the printed PDF: apt-get install poppler-utils'
		);
	}
	return execFileSync(tool, args, { encoding: 'utf8' });
}
