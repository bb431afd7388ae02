import { describe, expect, it } from 'vitest';
import { format, messages } from '$lib/i18n/messages';
import { LOCALES } from '$lib/domain/locale';

const { ja, en } = messages;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
	it('exist in every language with the same keys', () => {
		const keys = Object.keys(ja).sort();
		for (const locale of LOCALES) {
			expect(Object.keys(messages[locale]).sort(), locale).toEqual(keys);
		}
		expect(Object.keys(en).sort()).toEqual(keys);
	});

	it('are never empty and use the same placeholders in every language', () => {
		for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
			expect(ja[key].trim(), key).not.toBe('');
			expect(en[key].trim(), key).not.toBe('');
			expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
		}
	});

	it('Japanese text is Japanese and English text is not', () => {
		const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
		// The language switch names the other language on purpose.
		const crossLanguage = new Set(['lang.switchTo', 'lang.switchToLabel', 'app.name']);
		for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
			// Brand and product names (Windows, Zoom, iOS（iPhone）) are written alike in both languages.
			const brandOnly = ja[key].replace(/[A-Za-z0-9 .()（）-]/g, '') === '';
			if (crossLanguage.has(key) || brandOnly) continue;
			expect(japanese.test(ja[key]), `ja ${key}`).toBe(true);
			expect(japanese.test(en[key]), `en ${key}`).toBe(false);
		}
	});

	it('format fills placeholders and leaves unknown ones visible', () => {
		expect(format('{done} / {total}', { done: 1, total: 4 })).toBe('1 / 4');
		expect(format('{missing} x', {})).toBe('{missing} x');
	});
});
