import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readSummary } from '$lib/domain/formats/import-summaries';
import { fileErrorText } from '$lib/i18n/problem-text';

it('shows a field name quoted from the file without its right-to-left override', async () => {
	const json = readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8').replace(
		'"format"',
		'"\u202eerocs": 1, "format"'
	);
	const result = await readSummary(new TextEncoder().encode(json), 'a.json');
	if (result.ok) throw new Error('accepted');
	expect(fileErrorText('en', result.error)).toMatch(/^a\.json: "\ufffderocs" is not a field/);
	expect(fileErrorText('ja', result.error)).toContain('「\ufffderocs」');
});
