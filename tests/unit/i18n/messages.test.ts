import { describe, expect, it } from 'vitest';
import { defineMessages } from '$lib/i18n/define';
import { format, translator } from '$lib/i18n/messages';
import { LOCALES } from '$lib/domain/shared/locale';

type Catalog = { ja: Record<string, string>; en: Record<string, string> };
const isCatalog = (value: unknown): value is Catalog =>
	typeof value === 'object' && value !== null && typeof (value as Catalog).ja === 'object';
// Every catalogue, the shell's included: all of them must be complete. Globbed, so a new
// feature's file is checked without being listed here (its key builders and the loaders of
// features written one file per language are left out)...
const bothLanguages = Object.values(
	import.meta.glob<Record<string, unknown>>(
		['/src/lib/i18n/features/*.ts', '!/src/lib/i18n/features/*.{ja,en}.ts'],
		{ eager: true }
	)
).flatMap((module) => Object.values(module).filter(isCatalog));
// ...and those features, each language's file beside the other (help.ja.ts, help.en.ts).
const japaneseFiles = import.meta.glob<Record<string, string>>('/src/lib/i18n/features/*.ja.ts', {
	eager: true,
	import: 'default'
});
const englishFiles = import.meta.glob<Record<string, string>>('/src/lib/i18n/features/*.en.ts', {
	eager: true,
	import: 'default'
});
const oneFilePerLanguage = Object.entries(japaneseFiles).map(([file, ja]) => ({
	ja,
	en: englishFiles[file.replace(/\.ja\.ts$/, '.en.ts')] ?? {}
}));
const features: Catalog[] = [...bothLanguages, ...oneFilePerLanguage];
const ja: Record<string, string> = Object.assign({}, ...features.map((c) => c.ja));
const en: Record<string, string> = Object.assign({}, ...features.map((c) => c.en));
const messages = { ja, en };
// `{count|# item|# items}` (singular and plural wording) uses `count` like `{count}` does.
const placeholders = (text: string) =>
	[...new Set([...text.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]))].sort();

describe('UI messages', () => {
	it('exist in every language with the same keys', () => {
		const keys = Object.keys(ja).sort();
		for (const locale of LOCALES) {
			expect(Object.keys(messages[locale]).sort(), locale).toEqual(keys);
		}
		expect(Object.keys(en).sort()).toEqual(keys);
	});

	it('have the same keys in both languages in every catalogue', () => {
		expect(bothLanguages.length).toBeGreaterThanOrEqual(6);
		expect(oneFilePerLanguage.length).toBeGreaterThanOrEqual(1);
		expect(Object.keys(englishFiles)).toHaveLength(oneFilePerLanguage.length);
		for (const catalog of features) {
			expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog.ja).sort());
		}
	});

	it('give each key to one catalogue only', () => {
		const count = features.reduce((n, c) => n + Object.keys(c.ja).length, 0);
		expect(Object.keys(ja).length).toBe(count);
	});

	it('are looked up in the catalogues a translator was made with, in its language', () => {
		const one = defineMessages({ ja: { 'a.x': 'エー{n}' }, en: { 'a.x': 'A{n}' } });
		const two = defineMessages({ ja: { 'b.x': 'ビー' }, en: { 'b.x': 'B' } });
		let lang: 'ja' | 'en' = 'ja';
		const t = translator(() => lang, one, two);
		expect([t('a.x', { n: 1 }), t('b.x')]).toEqual(['エー1', 'ビー']);
		lang = 'en';
		expect([t('a.x', { n: 2 }), t('b.x')]).toEqual(['A2', 'B']);
		expect(translator('en', two)('b.x')).toBe('B');
	});

	it('are never empty and use the same placeholders in every language', () => {
		for (const [key, jaText] of Object.entries(ja)) {
			const enText = en[key] ?? '';
			expect(jaText.trim(), key).not.toBe('');
			expect(enText.trim(), key).not.toBe('');
			expect(placeholders(enText), key).toEqual(placeholders(jaText));
		}
	});

	it('Japanese text is Japanese and English text is not', () => {
		const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
		// The language switch names the other language on purpose.
		const crossLanguage = new Set(['lang.switchTo', 'lang.switchToLabel', 'app.name']);
		for (const [key, jaText] of Object.entries(ja)) {
			// Brand and product names (Windows, Zoom, iOS（iPhone）) are written alike in both languages.
			const brandOnly = jaText.replace(/[A-Za-z0-9 .()（）-]/g, '') === '';
			if (crossLanguage.has(key) || brandOnly) continue;
			expect(japanese.test(jaText), `ja ${key}`).toBe(true);
			expect(japanese.test(en[key] ?? ''), `en ${key}`).toBe(false);
		}
	});

	it('format fills placeholders and leaves unknown ones visible', () => {
		expect(format('{done} / {total}', { done: 1, total: 4 })).toBe('1 / 4');
		expect(format('{missing} x', {})).toBe('{missing} x');
	});

	it('format picks the singular or plural wording by the number', () => {
		const text = 'On the {count|device|# devices}, {count|its user follows|their users follow}';
		expect(format(text, { count: 1 })).toBe('On the device, its user follows');
		expect(format(text, { count: 3 })).toBe('On the 3 devices, their users follow');
		expect(format(text, { count: 0 })).toBe('On the 0 devices, their users follow');
		expect(format('{n|# item|# items}', {})).toBe('{n|# item|# items}');
	});

	it('English never says "1 devices": every counted noun has its singular wording', () => {
		// A count followed by a plural noun, with no singular form to fall back on.
		const bare = /\{(count|total|open|profiles|respondents|changed|due)\} [a-z]+s\b/;
		for (const [key, text] of Object.entries(en)) expect(text, key).not.toMatch(bare);
	});
});
