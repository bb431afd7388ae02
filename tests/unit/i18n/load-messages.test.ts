import { describe, expect, it } from 'vitest';
import { help } from '$lib/i18n/features/help';
import { loadMessages } from '$lib/i18n/load-messages';
import { translator } from '$lib/i18n/messages';

describe('a catalogue written one file per language', () => {
	it('loads the language asked for, and shows it in the other language too, never keys', async () => {
		const ja = await loadMessages(help, 'ja');
		expect(translator('ja', ja)('help.title')).toBe('困ったとき');
		// A page caught between two languages: still words.
		expect(translator('en', ja)('help.title')).toBe('困ったとき');
		const en = await loadMessages(help, 'en');
		expect(translator('en', en)('help.title')).toBe('When something goes wrong');
	});
});
