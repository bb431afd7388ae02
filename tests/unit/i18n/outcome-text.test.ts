import { describe, expect, it } from 'vitest';
import { outcomeText } from '$lib/i18n/outcome-text';

// The CLI prints these words; the /summaries report shows them: one source for both.
describe('outcomeText', () => {
	it('words each import outcome in both languages', () => {
		expect(outcomeText('en', { kind: 'superseded', by: 3 })).toBe('Older (revision 3 is newer)');
		expect(outcomeText('ja', { kind: 'superseded', by: 3 })).toBe('古い版（第3回が新しい）');
		expect(outcomeText('en', { kind: 'conflict' })).toBe(
			'Conflict (same revision, different content)'
		);
		expect(outcomeText('ja', { kind: 'duplicate' })).toBe('重複（取り込み済み）');
	});
});
