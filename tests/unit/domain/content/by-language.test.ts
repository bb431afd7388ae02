import { describe, expect, it } from 'vitest';
import {
	joinLanguages,
	splitByLanguage,
	textChunkLanguage,
	textChunkName
} from '$lib/domain/content/by-language';
import { loadContent } from '$lib/node/read-checklists';

// Two items, hand-written: three localized texts (one step with a settings link) and a source
// whose plain title must stay in the shape.
const sample = {
	contentVersion: '2026.11.1',
	items: [
		{
			id: 'a',
			title: { ja: '題A', en: 'Title A' },
			how: [{ ja: '手順', en: 'Step', settingsUri: 'ms-settings:windowsupdate' }],
			sources: [{ title: 'IPA', url: 'https://www.ipa.go.jp/' }]
		},
		{ id: 'b', title: { ja: '題B', en: 'Title B' } }
	]
};

describe('content split by language', () => {
	it('takes every localized text out of the shape, in one list per language', () => {
		const { shape, text } = splitByLanguage(sample);
		expect(text).toEqual({ ja: ['題A', '手順', '題B'], en: ['Title A', 'Step', 'Title B'] });
		expect(JSON.stringify(shape)).not.toMatch(/題|Title|Step/);
		expect(JSON.stringify(shape)).toContain('ms-settings:windowsupdate');
		expect(JSON.stringify(shape)).toContain('"title":"IPA"');
	});

	it('puts both languages back as they were', () => {
		const { shape, text } = splitByLanguage(sample);
		expect(joinLanguages(shape, text, 'ja')).toEqual(sample);
	});

	it("shows the loaded language's text where the other is not loaded", () => {
		const { shape, text } = splitByLanguage(sample);
		const [first] = joinLanguages<typeof sample>(shape, { en: text.en }, 'en').items;
		expect(first?.title).toEqual({ ja: 'Title A', en: 'Title A' });
		expect(first?.how?.[0]).toEqual({
			ja: 'Step',
			en: 'Step',
			settingsUri: 'ms-settings:windowsupdate'
		});
		expect(() => joinLanguages(shape, { en: text.en }, 'ja')).toThrow(/ja text/);
	});

	it('round-trips the shipped content', async () => {
		const content = await loadContent('checklists');
		const { shape, text } = splitByLanguage(content);
		expect(joinLanguages(shape, text, 'en')).toEqual(content);
	}, 30_000); // reading and validating checklists/ takes seconds on a busy machine

	it("names each language's text chunk so the service worker can tell it apart", () => {
		expect(textChunkName('ja', 'Ab1_-x')).toBe('text-ja.Ab1_-x.js');
		expect(textChunkLanguage('/_app/immutable/chunks/text-en.Ab1_-x.js')).toBe('en');
		expect(textChunkLanguage('/_app/immutable/chunks/text-ja.Ab1_-x.js')).toBe('ja');
		expect(textChunkLanguage('/_app/immutable/chunks/Ab1_-x.js')).toBeUndefined();
		expect(textChunkLanguage('/text-ja.html')).toBeUndefined();
	});
});
