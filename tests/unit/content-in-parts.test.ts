import { describe, expect, it } from 'vitest';
import { contentInParts } from '$lib/content-in-parts';

// A shape with two texts, as the build splits it (src/lib/domain/content/by-language.ts).
const SHAPE = { title: { $text: 0 }, items: [{ id: 'a', name: { $text: 1 } }] };
const TEXT = { ja: ['題', '項目A'], en: ['Title', 'Item A'] };

function parts(enOnline = true) {
	const loads: string[] = [];
	const content = contentInParts<{ title: { ja: string; en: string } }>(
		async () => ({ shape: SHAPE }),
		{
			ja: async () => (loads.push('ja'), { text: TEXT.ja }),
			en: async () => {
				loads.push('en');
				if (!enOnline) throw new TypeError('Failed to fetch');
				return { text: TEXT.en };
			}
		}
	);
	return { content, loads };
}

describe('content shipped as a shape and one text per language', () => {
	it("loads the page's language only, and shows it in the other language's place", async () => {
		const { content, loads } = parts();
		const ja = await content.load('ja');
		expect(ja.title).toEqual({ ja: '題', en: '題' });
		expect(loads).toEqual(['ja']);
	});

	it('keeps the languages loaded before, and gives the same object for the same languages', async () => {
		const { content } = parts();
		const first = await content.load('ja');
		expect(await content.load('ja')).toBe(first);
		const both = await content.load('en');
		expect(both.title).toEqual({ ja: '題', en: 'Title' });
		expect(await content.load('ja')).toBe(both);
	});

	it('loads every language it can for what is written in both; offline, the one it has', async () => {
		expect((await parts().content.loadAll('ja')).title).toEqual({ ja: '題', en: 'Title' });
		const offline = parts(false);
		expect((await offline.content.loadAll('ja')).title).toEqual({ ja: '題', en: '題' });
		await expect(offline.content.load('en')).rejects.toThrow('Failed to fetch');
	});
});
