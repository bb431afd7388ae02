import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { Posture } from '$lib/domain/engine/posture';
import { locale } from '$lib/state/locale.svelte';
import PostureChart from '../../../src/routes/checklist/[role]/PostureChart.svelte';
import PostureMeter from '$lib/ui/PostureMeter.svelte';

// Server-rendered HTML: the components' words, numbers and accessible names, without a browser.

const posture: Posture = {
	must: { done: 8, counted: 10, percent: 80 },
	should: { done: 9, counted: 20, percent: 45 },
	level: 'must-open',
	byCategory: [
		{ categoryId: 'device', done: 3, counted: 4, percent: 75 },
		{ categoryId: 'network', done: 0, counted: 0, percent: 100 },
		{ categoryId: 'org-rules', done: 1, counted: 1, percent: 100 }
	],
	due: ['a'],
	changed: ['b'],
	waived: []
};
const categories = [
	{ id: 'device', name: { ja: '端末を守る', en: 'Protect the device' } },
	{ id: 'network', name: { ja: 'ネットワーク', en: 'Network and Wi-Fi' } }
];
const text = (html: string) => html.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ');
const squash = (html: string) => text(html).replace(/\s+/g, ' ');

afterEach(() => locale.set('ja'));

describe('PostureMeter', () => {
	it('shows MUST as a number with its count, the level in words, and SHOULD', () => {
		const { body } = render(PostureMeter, { props: { posture, label: '仕事用PC' } });
		const words = squash(body);
		expect(words).toContain('80 %');
		expect(words).toContain('10 項目中 8 項目');
		expect(words).toContain('まだ済んでいない必須の対策があります');
		expect(words).toContain('推奨の対策：45%（20 項目中 9 項目）');
		expect(words).toContain('見直しが必要な項目：2');
		expect(words).not.toContain('例外にしている項目');
		// Named by its visible label; the bar only repeats the words.
		const labelId = /aria-labelledby="([^"]+)"/.exec(body)?.[1];
		expect(body).toContain(`id="${labelId}">仕事用PC<`);
		expect(body).toMatch(/<svg class="bar[^>]*aria-hidden="true"/);
		expect(body).toContain('width="80%"');
	});

	it('has an accessible name without a label, and speaks English', () => {
		locale.set('en');
		const done: Posture = { ...posture, level: 'strong', due: [], changed: [], waived: ['c'] };
		const { body } = render(PostureMeter, { props: { posture: done } });
		expect(body).toContain('aria-label="How far along you are"');
		const words = squash(body);
		expect(words).toContain('All must-do items and most should-do items are done');
		expect(words).toContain('Items with an exception: 1');
		expect(words).not.toContain('check again');
	});
});

describe('PostureChart', () => {
	it('draws one bar per category in an SVG with a title, and gives the numbers in a table', () => {
		const { body } = render(PostureChart, { props: { rows: posture.byCategory, categories } });
		expect(body).toMatch(/<svg class="plot[^>]*role="img"/);
		expect(body).toContain('<title');
		const table = squash(body.slice(body.indexOf('<table')));
		expect(table).toContain('端末を守る 3 4 75%');
		expect(table).toContain('ネットワーク 0 0 該当なし');
		// An organisation's own category has no name here: its id stands in.
		expect(table).toContain('org-rules 1 1 100%');
		// The bar's fill is 75 % of the bar's share of the width; nothing done draws no fill.
		expect(body).toContain(`width="${(75 * 74) / 100}%"`);
		expect(body.match(/class="fill/g)?.length).toBe(2 + 1); // two rows and the legend
	});

	it('names the categories in the current language', () => {
		locale.set('en');
		const { body } = render(PostureChart, { props: { rows: posture.byCategory, categories } });
		expect(squash(body)).toContain('Protect the device 3 4 75%');
		expect(body).toContain('Done by category');
	});
});
