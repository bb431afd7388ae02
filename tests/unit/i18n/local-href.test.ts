import { afterEach, describe, expect, it } from 'vitest';
import { localHref, pageIn } from '$lib/i18n/local-href';
import { locale } from '$lib/state/locale.svelte';

afterEach(() => locale.set('ja'));

describe('localHref', () => {
	it('is the page as resolve() gives it on a Japanese page', () => {
		expect(localHref('/')).toBe('/');
		expect(localHref('/org/edit')).toBe('/org/edit');
		expect(localHref('/checklist/[role]', { role: 'owner' })).toBe('/checklist/owner');
	});

	it('puts the page under /en on an English page', () => {
		locale.set('en');
		expect(localHref('/')).toBe('/en');
		expect(localHref('/org/edit')).toBe('/en/org/edit');
		expect(localHref('/checklist/[role]', { role: 'owner' })).toBe('/en/checklist/owner');
	});
});

describe('pageIn', () => {
	it('is this page in the other language, with its query and fragment', () => {
		const japanese = new URL('https://example.test/summaries?from=mail#summary=abc');
		expect(pageIn(japanese, 'en')).toBe('/en/summaries?from=mail#summary=abc');
		expect(pageIn(japanese, 'ja')).toBe('/summaries?from=mail#summary=abc');
		expect(pageIn(new URL('https://example.test/en'), 'ja')).toBe('/');
		expect(pageIn(new URL('https://example.test/en/org#pack=x'), 'ja')).toBe('/org#pack=x');
	});
});
