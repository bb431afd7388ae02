import { describe, expect, it } from 'vitest';
import { fileNameText } from '../../../src/lib/i18n/problem-text';

describe('fileNameText', () => {
	it('shows a name with a right-to-left override without reordering it', () => {
		// "invoice-\u202Egpj.json" would read as "invoice-nosj.jpg".
		const shown = fileNameText('en', 'invoice-\u202egpj.json');
		expect(shown).toBe('invoice-\ufffdgpj.json');
	});

	it('leaves an ordinary name as it is and names a link in the reader’s language', () => {
		expect(fileNameText('ja', '佐藤-pc.json')).toBe('佐藤-pc.json');
		expect(fileNameText('ja', '#link')).not.toBe('#link');
	});
});
