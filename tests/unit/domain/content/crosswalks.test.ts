import { stringify } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileContent, type SourceFile } from '$lib/domain/content/compile';
import { readChecklistFiles } from '$lib/node/read-checklists';

// A tiny content (one employee item, `screen-lock`) with tiny crosswalks, broken one way per test.
const MINIMAL = 'tests/fixtures/content/valid-minimal';
const IPA = 'crosswalks/ipa-self-diagnosis.yaml';
const MIC = 'crosswalks/mic-guideline.yaml';

const text = (en: string) => ({ ja: en, en });
const sources = [{ title: 'Fixture', url: 'https://example.org/', asOf: '2026-12-07' }];
const step = (points: number) => ({ points, label: text(String(points)) });

function ipa() {
	return {
		sources,
		scale: { done: step(4), partly: step(2), 'not-done': step(0), unknown: step(-1) },
		bands: [
			{ id: 'high', min: 50, max: 100, meaning: text('High.') },
			{ id: 'low', min: -25, max: 49, meaning: text('Low.') }
		],
		topics: Array.from({ length: 25 }, (_, index) => ({
			id: `ipa-${String(index + 1).padStart(2, '0')}`,
			part: index < 5 ? 1 : index < 18 ? 2 : 3,
			title: text(`Topic ${index + 1}`),
			items: ['screen-lock']
		})),
		fiveMeasures: [1, 2, 3, 4, 5].map((n) => ({
			id: `five-${n}`,
			title: text(`Measure ${n}`),
			items: ['screen-lock'],
			sources
		}))
	};
}

function mic() {
	return {
		sources,
		categories: [{ id: 'physical', name: text('Physical'), items: ['screen-lock'] }]
	};
}

let base: SourceFile[];
beforeAll(async () => {
	base = await readChecklistFiles(MINIMAL, MINIMAL);
});

function compile(ipaFile: object, micFile: object = mic()) {
	return compileContent([
		...base,
		{ path: IPA, text: stringify(ipaFile) },
		{ path: MIC, text: stringify(micFile) }
	]);
}

function issuesOf(ipaFile: object, micFile?: object) {
	const result = compile(ipaFile, micFile);
	return result.ok
		? []
		: result.issues.map(({ file, field, message }) => ({ file, field, message }));
}

describe('the crosswalks', () => {
	test('the tiny crosswalks compile, and come with the content', () => {
		const result = compile(ipa());
		expect(result.ok && result.content.crosswalks?.ipa.topics).toHaveLength(25);
	});

	test('a topic naming an item that does not exist is refused, with file and field', () => {
		const file = ipa();
		file.topics[13]!.items = ['screen-lock', 'no-such-item'];
		expect(issuesOf(file)).toEqual([
			{ file: IPA, field: 'topics[13].items[1]', message: '"no-such-item" is not an item id' }
		]);
	});

	test('a MIC category naming an item that does not exist is refused', () => {
		const file = mic();
		file.categories[0]!.items = ['disk-encryption'];
		expect(issuesOf(ipa(), file)).toEqual([
			{ file: MIC, field: 'categories[0].items[0]', message: '"disk-encryption" is not an item id' }
		]);
	});

	test('a repeated topic id is refused', () => {
		const file = ipa();
		file.topics[3]!.id = 'ipa-03';
		expect(issuesOf(file)).toEqual([
			{ file: IPA, field: 'topics[3].id', message: '"ipa-03" is listed twice' }
		]);
	});

	test('topics must be exactly ipa-01…ipa-25, each in its part', () => {
		const missing = ipa();
		missing.topics.pop();
		expect(issuesOf(missing)).toEqual([
			{ file: IPA, field: 'topics', message: 'must list 25 topics' }
		]);
		const wrongPart = ipa();
		wrongPart.topics[5]!.part = 1;
		expect(issuesOf(wrongPart)).toEqual([
			{ file: IPA, field: 'topics[5].part', message: expect.stringContaining('must be 2') }
		]);
	});

	test('a topic without items needs a question for the owner', () => {
		const file = ipa();
		file.topics[14]!.items = [];
		expect(issuesOf(file)).toEqual([
			{ file: IPA, field: 'topics[14].ask', message: expect.stringContaining('"ask" question') }
		]);
	});

	test('the bands must cover every total without gaps', () => {
		const file = ipa();
		file.bands[1]!.max = 48;
		expect(issuesOf(file)).toEqual([
			{ file: IPA, field: 'bands[1].max', message: expect.stringContaining('must be 49') }
		]);
	});
});
