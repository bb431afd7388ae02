import { describe, expect, it } from 'vitest';
import { localeFromPath, pathInLocale, pathWithoutLocale } from '$lib/domain/shared/locale-path';

describe('localeFromPath', () => {
	it('reads English from /en and /en/…, Japanese from every other path', () => {
		expect(localeFromPath('/en')).toBe('en');
		expect(localeFromPath('/en/checklist/employee')).toBe('en');
		expect(localeFromPath('/en?erased')).toBe('en');
		expect(localeFromPath('/en#main')).toBe('en');
		expect(localeFromPath('/')).toBe('ja');
		expect(localeFromPath('/settings')).toBe('ja');
		// A page whose name only begins with the letters is not an English page.
		expect(localeFromPath('/english')).toBe('ja');
		expect(localeFromPath('/org#x=/en/')).toBe('ja');
		expect(localeFromPath('/summary?next=/en')).toBe('ja');
	});
});

describe('pathInLocale', () => {
	it('puts a Japanese address into English, keeping the query and the fragment', () => {
		expect(pathInLocale('/', 'en')).toBe('/en');
		expect(pathInLocale('/settings', 'en')).toBe('/en/settings');
		expect(pathInLocale('/org#pack=ABC', 'en')).toBe('/en/org#pack=ABC');
		expect(pathInLocale('/summaries#summary=x/y', 'en')).toBe('/en/summaries#summary=x/y');
		expect(pathInLocale('/summary?profile=p1', 'en')).toBe('/en/summary?profile=p1');
		expect(pathInLocale('/?erased', 'en')).toBe('/en?erased');
		expect(pathInLocale('/#main', 'en')).toBe('/en#main');
	});

	it('takes an English address back to Japanese, and leaves one already there as it is', () => {
		expect(pathInLocale('/en', 'ja')).toBe('/');
		expect(pathInLocale('/en/checklist/owner?x=1#y', 'ja')).toBe('/checklist/owner?x=1#y');
		expect(pathInLocale('/en?erased', 'ja')).toBe('/?erased');
		expect(pathInLocale('/en/org', 'en')).toBe('/en/org');
		expect(pathInLocale('/org', 'ja')).toBe('/org');
	});

	it('goes there and back to the same address', () => {
		for (const path of ['/', '/help', '/org/edit', '/org#pack=a?b', '/summary?profile=x']) {
			expect(pathInLocale(pathInLocale(path, 'en'), 'ja')).toBe(path);
		}
	});
});

describe('pathWithoutLocale', () => {
	it('gives the page path that the route folders have', () => {
		expect(pathWithoutLocale('/en')).toBe('/');
		expect(pathWithoutLocale('/en/')).toBe('/');
		expect(pathWithoutLocale('/en/org/edit')).toBe('/org/edit');
		expect(pathWithoutLocale('/org/edit')).toBe('/org/edit');
		expect(pathWithoutLocale('/english')).toBe('/english');
	});
});
