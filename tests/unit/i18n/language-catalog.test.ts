import { describe, expect, it } from 'vitest';
import { LanguageCatalog } from '$lib/i18n/language-catalog.svelte';
import { translator } from '$lib/i18n/messages';

const files = () => {
	const loads: string[] = [];
	const catalog = new LanguageCatalog<'help.title'>({
		ja: async () => (loads.push('ja'), { default: { 'help.title': '困ったとき' } }),
		en: async () => (loads.push('en'), { default: { 'help.title': 'When something goes wrong' } })
	});
	return { catalog, loads };
};

describe('a catalogue written one file per language', () => {
	it('shows the language loaded, and stands in with it for the other, never keys', async () => {
		const { catalog } = files();
		await catalog.load('ja');
		expect(translator('ja', catalog)('help.title')).toBe('困ったとき');
		// A page caught between two languages: still words.
		expect(translator('en', catalog)('help.title')).toBe('困ったとき');
		await catalog.load('en');
		expect(translator('en', catalog)('help.title')).toBe('When something goes wrong');
		expect(translator('ja', catalog)('help.title')).toBe('困ったとき');
	});

	it("loads each language's file once", async () => {
		const { catalog, loads } = files();
		await Promise.all([catalog.load('en'), catalog.load('en')]);
		await catalog.load('en');
		expect(loads).toEqual(['en']);
	});

	it('says so when a language cannot load, keeps the one it has, and tries again later', async () => {
		let online = false;
		const catalog = new LanguageCatalog<'help.title'>({
			ja: async () => ({ default: { 'help.title': '困ったとき' } }),
			en: async () => {
				if (!online) throw new TypeError('Failed to fetch');
				return { default: { 'help.title': 'When something goes wrong' } };
			}
		});
		await catalog.load('ja');
		await expect(catalog.load('en')).rejects.toThrow('Failed to fetch');
		expect(translator('en', catalog)('help.title')).toBe('困ったとき');
		online = true;
		await catalog.load('en');
		expect(translator('en', catalog)('help.title')).toBe('When something goes wrong');
	});

	it("loads the language of a page's address", async () => {
		const { catalog, loads } = files();
		await catalog.loadFor(new URL('https://example.test/en/help?from=mail'));
		await catalog.loadFor(new URL('https://example.test/help'));
		expect(loads).toEqual(['en', 'ja']);
	});

	it('loads the shipped help in each language', async () => {
		const { help } = await import('$lib/i18n/features/help');
		await help.load('en');
		expect(translator('en', help)('help.title')).toBe('When something goes wrong');
	});
});
