import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	compileContent,
	formatIssue,
	type CompileResult,
	type Content,
	type ContentIssue,
	type SourceFile
} from '$lib/domain/content/compile';
import { CONTENT_VERSION_PATTERN } from '$lib/domain/content/version';
import { KEBAB_ID } from '$lib/domain/content/text';
import { loadContent, readChecklistFiles } from '$lib/node/read-checklists';

const FIXTURES = 'tests/fixtures/content';

/** What an invalid fixture's `expected.json` says; `message` is a substring of the real message. */
interface ExpectedIssue {
	file: string;
	itemId?: string;
	field: string;
	message?: string;
}

const caseNames = readdirSync(FIXTURES, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();
const validCases = caseNames.filter((name) => name.startsWith('valid-'));
const invalidCases = caseNames.filter((name) => name.startsWith('invalid-'));

/** Compiles one fixture folder with paths relative to it, so issues name `items/x.yaml`. */
async function compileFixture(name: string): Promise<CompileResult> {
	const dir = join(FIXTURES, name);
	return compileContent(await readChecklistFiles(dir, dir));
}

async function compileValidFixture(name: string): Promise<Content> {
	const result = await compileFixture(name);
	if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
	return result.content;
}

function readExpected(name: string): ExpectedIssue[] {
	const text = readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8');
	return (JSON.parse(text) as { issues: ExpectedIssue[] }).issues;
}

/** Every issue's location exactly; the message only as far as the fixture pins it down. */
function matcherFor(expected: ExpectedIssue) {
	return {
		file: expected.file,
		...(expected.itemId === undefined ? {} : { itemId: expected.itemId }),
		field: expected.field,
		message: expected.message ? expect.stringContaining(expected.message) : expect.any(String)
	};
}

describe('content fixtures', () => {
	test('every fixture folder is a valid-* or invalid-* case, and only invalid ones expect issues', () => {
		expect(validCases.length).toBeGreaterThanOrEqual(3);
		expect(invalidCases.length).toBeGreaterThanOrEqual(14);
		expect(validCases.length + invalidCases.length).toBe(caseNames.length);
		for (const name of caseNames) {
			const files = readdirSync(join(FIXTURES, name));
			expect(files.includes('expected.json'), name).toBe(name.startsWith('invalid-'));
		}
	});

	test.each(validCases)('%s compiles', async (name) => {
		const result = await compileFixture(name);
		// formatIssue output makes a failure here readable.
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
	});

	test.each(invalidCases)('%s reports exactly the expected issues', async (name) => {
		const result = await compileFixture(name);
		expect(result.ok).toBe(false);
		const issues = result.ok ? [] : result.issues;
		// toEqual also fails on an itemId that the expectation leaves out.
		expect(issues).toEqual(readExpected(name).map(matcherFor));
	});
});

describe('valid content', () => {
	test('minimal: one category item, no retired file', async () => {
		const content = await compileValidFixture('valid-minimal');
		expect(content.contentVersion).toBe('2026.11.1');
		expect(content.categories.map((c) => c.id)).toEqual(['device', 'network']);
		expect(content.items.map((i) => i.id)).toEqual(['screen-lock']);
		expect(content.retiredIds).toEqual([]);
		expect(content.items[0]).toEqual({
			id: 'screen-lock',
			roles: ['employee'],
			category: 'device',
			tier: 'must',
			threats: ['loss-theft'],
			title: { ja: '画面ロックを設定する', en: 'Turn on the screen lock' },
			why: {
				ja: '盗まれても中を見られないようにします。',
				en: 'So that a stolen device does not show its contents.'
			},
			how: [
				{ ja: '設定で画面ロックをオンにします。', en: 'Turn on the screen lock in the settings.' }
			],
			effortMinutes: 5,
			sources: [{ title: 'Example guide', url: 'https://example.org/guide', asOf: '2026-11-24' }]
		});
	});

	test('several item files: items keep file order, then their order within a file', async () => {
		const content = await compileValidFixture('valid-several-files');
		expect(content.items.map((i) => i.id)).toEqual([
			'screen-lock',
			'disk-encryption',
			'wifi-encryption'
		]);
		expect(content.items[1]?.recheckDays).toBe(180);
		expect(content.items[0]?.recheckDays).toBeUndefined();
	});

	test('item files are ordered by path, not by the order they were read in', () => {
		const files: SourceFile[] = [
			{ path: 'items/b.yaml', text: readFixture('valid-several-files', 'items/network.yaml') },
			{ path: 'content.yaml', text: readFixture('valid-several-files', 'content.yaml') },
			{ path: 'items/a.yaml', text: readFixture('valid-several-files', 'items/device.yaml') }
		];
		const result = compileContent(files);
		expect(result.ok && result.content.items.map((i) => i.id)).toEqual([
			'screen-lock',
			'disk-encryption',
			'wifi-encryption'
		]);
	});

	test('retired ids are listed', async () => {
		const content = await compileValidFixture('valid-retired-ids');
		expect(content.retiredIds).toEqual(['antivirus-installed', 'vpn-always-on']);
		expect(content.items.map((i) => i.id)).toEqual(['screen-lock']);
	});
});

function readFixture(name: string, path: string): string {
	return readFileSync(join(FIXTURES, name, path), 'utf8');
}

describe('file layout', () => {
	const meta = readFixture('valid-minimal', 'content.yaml');
	const items = readFixture('valid-minimal', 'items/device.yaml');

	test('a file outside items/ that is not content.yaml or retired.yaml is reported', () => {
		const result = compileContent([
			{ path: 'checklists/content.yaml', text: meta },
			{ path: 'checklists/items/device.yaml', text: items },
			{ path: 'checklists/notes.yaml', text: 'notes: []\n' }
		]);
		expect(result).toEqual({
			ok: false,
			issues: [
				{ file: 'checklists/notes.yaml', field: '(file)', message: 'is not a known content file' }
			]
		});
	});

	test('a folder whose name merely ends in "items" is not the items folder', () => {
		const result = compileContent([
			{ path: 'checklists/content.yaml', text: meta },
			{ path: 'checklists/items/device.yaml', text: items },
			{ path: 'checklists/draft-items/device.yaml', text: items }
		]);
		expect(result).toEqual({
			ok: false,
			issues: [
				{
					file: 'checklists/draft-items/device.yaml',
					field: '(file)',
					message: 'is not a known content file'
				}
			]
		});
	});

	test('no item files at all is reported', () => {
		const result = compileContent([{ path: 'checklists/content.yaml', text: meta }]);
		expect(result).toEqual({
			ok: false,
			issues: [{ file: 'items/', field: '(file)', message: 'holds no item files' }]
		});
	});

	test('a category listed twice is reported on content.yaml', () => {
		const twice = meta.replace('  - id: network', '  - id: device');
		const result = compileContent([
			{ path: 'content.yaml', text: twice },
			{ path: 'items/device.yaml', text: items }
		]);
		expect(result).toEqual({
			ok: false,
			issues: [
				{
					file: 'content.yaml',
					field: 'categories[1].id',
					message: '"device" is listed twice'
				}
			]
		});
	});

	test('an empty item file is reported as a whole-file problem', () => {
		const result = compileContent([
			{ path: 'content.yaml', text: meta },
			{ path: 'items/empty.yaml', text: '' }
		]);
		expect(result.ok).toBe(false);
		const issues = result.ok ? [] : result.issues;
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: 'items/empty.yaml', field: '' });
		expect(issues[0]?.itemId).toBeUndefined();
		expect(formatIssue(issues[0] as ContentIssue)).toMatch(/^items\/empty\.yaml › \(file\): /);
	});
});

describe('formatIssue', () => {
	test('names file, item and field', () => {
		const issue: ContentIssue = {
			file: 'checklists/items/device.yaml',
			itemId: 'screen-lock',
			field: 'items[0].title.ja',
			message: 'must not be empty'
		};
		expect(formatIssue(issue)).toBe(
			'checklists/items/device.yaml › item "screen-lock" › items[0].title.ja: must not be empty'
		);
	});

	test('leaves out the item when there is none', () => {
		expect(
			formatIssue({ file: 'content.yaml', field: 'contentVersion', message: 'is wrong' })
		).toBe('content.yaml › contentVersion: is wrong');
	});
});

describe('the real checklists/', () => {
	test('compiles, with unique kebab-case ids in known categories and no retired id reused', async () => {
		const files = await readChecklistFiles('checklists');
		expect(files.map((f) => f.path)).toContain('checklists/content.yaml');
		const result = compileContent(files);
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
		if (!result.ok) return;
		const { items, categories, retiredIds, contentVersion } = result.content;
		const ids = items.map((i) => i.id);
		expect(items.length).toBeGreaterThan(0);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(KEBAB_ID);
		const categoryIds = new Set(categories.map((c) => c.id));
		for (const item of items) expect(categoryIds).toContain(item.category);
		for (const id of retiredIds) expect(ids).not.toContain(id);
		expect(contentVersion).toMatch(CONTENT_VERSION_PATTERN);
	});

	test('loadContent gives the same content as compileContent', async () => {
		const result = compileContent(await readChecklistFiles('checklists'));
		expect(result.ok).toBe(true);
		expect(await loadContent('checklists')).toEqual(result.ok ? result.content : undefined);
	});
});

describe('loadContent', () => {
	test('throws one Error whose message names the file, the item and the field', async () => {
		const dir = join(FIXTURES, 'invalid-missing-ja');
		const error = await loadContent(dir).then(
			() => undefined,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(Error);
		const message = error instanceof Error ? error.message : '';
		expect(message).toContain('(1 problem(s))');
		expect(message).toContain(
			'tests/fixtures/content/invalid-missing-ja/items/device.yaml › item "disk-encryption" › items[1].why.ja: '
		);
	});

	test('lists every problem, one per line', async () => {
		await expect(loadContent(join(FIXTURES, 'invalid-several-problems'))).rejects.toThrow(
			/\(3 problem\(s\)\):\n {2}- .*items\/device\.yaml › item "screen-lock" › items\[0\]\.effortMinutes: .*\n {2}- .*item "disk-encryption" › items\[1\]\.tier: .*\n {2}- .*items\/network\.yaml › item "wifi-encryption" › items\[0\]\.sources: /
		);
	});
});
