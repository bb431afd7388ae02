import { describe, expect, it } from 'vitest';
import { checklistContent } from '$lib/node/vite-plugin-content';

const VIRTUAL = '\0virtual:checklist-content';

/** Calls the plugin's hooks the way Vite does during a build. */
async function loadVirtualModule(dir: string): Promise<string> {
	const plugin = checklistContent(dir);
	const resolveId = plugin.resolveId as (id: string) => string | undefined;
	const load = plugin.load as (id: string) => Promise<string | undefined>;
	const resolved = resolveId('virtual:checklist-content');
	expect(resolved).toBe(VIRTUAL);
	const code = await load(resolved!);
	if (code === undefined) throw new Error('the plugin did not load its module');
	return code;
}

/**
 * The value module `code` exports as `name`: JSON in a string literal, which the module parses
 * (V8 reads JSON faster than the same object literal).
 */
function valueIn(code: string, name: string) {
	const literal = new RegExp(`^export const ${name} = JSON\\.parse\\((".*")\\);$`, 'm').exec(code);
	if (!literal) throw new Error(`no JSON.parse of a string literal exported as ${name}`);
	return JSON.parse(JSON.parse(literal[1]!));
}

/** The JSON value a virtual module of the plugin exports as `name`. */
async function exported(id: string, name: string) {
	const plugin = checklistContent('checklists');
	const load = plugin.load as (id: string) => Promise<string | undefined>;
	const resolveId = plugin.resolveId as (id: string) => string;
	return valueIn((await load(resolveId(id))) ?? '', name);
}

describe('the checklist-content Vite plugin', () => {
	it('compiles checklists/ into a module exporting the validated content', async () => {
		const code = await loadVirtualModule('checklists');
		const content = valueIn(code, 'content');
		expect(content.contentVersion).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
		expect(content.items.length).toBeGreaterThan(5);
	});

	it('fails the build on invalid content, naming the file, item and field', async () => {
		await expect(loadVirtualModule('tests/fixtures/content/invalid-missing-ja')).rejects.toThrow(
			/items\/device\.yaml › item "disk-encryption" › items\[1\]\.why\.ja/
		);
	});

	it('offers the content version on its own, for pages that need nothing else', async () => {
		const plugin = checklistContent('checklists');
		const load = plugin.load as (id: string) => Promise<string | undefined>;
		const id = (plugin.resolveId as (id: string) => string)('virtual:checklist-version');
		expect(await load(id)).toMatch(/^export const contentVersion = "\d{4}\.\d{1,2}\.\d+";\n$/);
	});

	it("offers who changes each app card's settings on its own, for the employee's checklist", async () => {
		const plugin = checklistContent('checklists');
		const load = plugin.load as (id: string) => Promise<string | undefined>;
		const id = (plugin.resolveId as (id: string) => string)('virtual:meeting-setting-owners');
		const owners = valueIn((await load(id)) ?? '', 'settingOwners');
		expect(owners.zoom['lock-meeting']).toBe('user');
		expect(owners.zoom['one-security-option']).toBe('admin');
	});

	it('offers the meeting levels and measures without the app cards, for the meeting check', async () => {
		const plugin = checklistContent('checklists');
		const load = plugin.load as (id: string) => Promise<string | undefined>;
		const id = (plugin.resolveId as (id: string) => string)('virtual:meeting-check-content');
		const meetingCheck = valueIn((await load(id)) ?? '', 'meetingCheck');
		expect(Object.keys(meetingCheck).sort()).toEqual(['levels', 'measures']);
		expect(meetingCheck.levels.map((level: { id: string }) => level.id)).toEqual([
			'low',
			'medium',
			'high'
		]);
	});

	it('offers the content in parts: the shape without text and each language on its own', async () => {
		const content = await exported('virtual:checklist-content', 'content');
		const shape = await exported('virtual:checklist-shape', 'shape');
		const ja = await exported('virtual:checklist-text-ja', 'text');
		const en = await exported('virtual:checklist-text-en', 'text');
		expect(shape.items.map((item: { id: string }) => item.id)).toEqual(
			content.items.map((item: { id: string }) => item.id)
		);
		expect(ja).toContain(content.items[0].title.ja);
		expect(ja).not.toContain(content.items[0].title.en);
		expect(en).toContain(content.items[0].title.en);
		expect(en).toHaveLength(ja.length);
	});

	it('ignores every other module id', async () => {
		const plugin = checklistContent('checklists');
		expect((plugin.resolveId as (id: string) => unknown)('svelte')).toBeUndefined();
		expect(await (plugin.load as (id: string) => Promise<unknown>)('/src/app.css')).toBeUndefined();
	});

	it("names a chunk of one language's text text-<lang>, and no other", () => {
		const plugin = checklistContent('checklists');
		const outputOptions = plugin.outputOptions as (options: object) => {
			chunkFileNames: (chunk: { moduleIds: string[] }) => string;
		};
		const { chunkFileNames } = outputOptions({ chunkFileNames: '_app/immutable/chunks/[hash].js' });
		const name = (...moduleIds: string[]) => chunkFileNames({ moduleIds });
		const features = '/app/src/lib/i18n/features';
		expect(name('\0virtual:checklist-text-en')).toBe('_app/immutable/chunks/text-en.[hash].js');
		expect(name('\0virtual:meeting-check-text-ja')).toBe('_app/immutable/chunks/text-ja.[hash].js');
		expect(name('\0virtual:meetings-text-en')).toBe('_app/immutable/chunks/text-en.[hash].js');
		expect(name('\0virtual:meetings-shape')).toBe('_app/immutable/chunks/[hash].js');
		expect(name(`${features}/help.ja.ts`)).toBe('_app/immutable/chunks/text-ja.[hash].js');
		expect(name(`${features}/meeting.en.ts`)).toBe('_app/immutable/chunks/text-en.[hash].js');
		// Code, both languages, or text with code: precached for everyone, as before.
		expect(name(`${features}/help.ts`)).toBe('_app/immutable/chunks/[hash].js');
		expect(name(`${features}/help.ja.ts`, `${features}/help.en.ts`)).toBe(
			'_app/immutable/chunks/[hash].js'
		);
		expect(name(`${features}/help.ja.ts`, '/app/src/routes/help/note.ts')).toBe(
			'_app/immutable/chunks/[hash].js'
		);
	});

	it('offers the meeting check in parts, without the sources and items it does not show', async () => {
		const shape = await exported('virtual:meeting-check-shape', 'shape');
		const ja: string[] = await exported('virtual:meeting-check-text-ja', 'text');
		const en: string[] = await exported('virtual:meeting-check-text-en', 'text');
		expect(shape.levels[0]).toEqual({ id: 'low', name: { $text: 0 }, description: { $text: 1 } });
		expect(ja[0]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
		expect(en[0]).toMatch(/^Low/);
		expect(ja).toHaveLength(en.length);
		for (const measure of shape.measures) {
			expect(measure, measure.id).not.toHaveProperty('sources');
			expect(measure, measure.id).not.toHaveProperty('items');
		}
	});

	it('offers the meeting content with the app cards in parts, for the meeting-apps page', async () => {
		const shape = await exported('virtual:meetings-shape', 'shape');
		const ja: string[] = await exported('virtual:meetings-text-ja', 'text');
		const en: string[] = await exported('virtual:meetings-text-en', 'text');
		const zoom = shape.cards.find((card: { app: string }) => card.app === 'zoom');
		expect(zoom.product).toEqual({ $text: expect.any(Number) });
		expect(en[zoom.product.$text]).toMatch(/Zoom/);
		expect(shape.criteria.length).toBeGreaterThan(0);
		expect(ja).toHaveLength(en.length);
		expect(shape.criteria[0].title).toEqual({ $text: expect.any(Number) });
		expect(ja[shape.criteria[0].title.$text]).toMatch(/[\u3040-\u30ff]/);
	});

	it('offers the crosswalks on their own, and keeps them out of the checklist modules', async () => {
		const crosswalks = await exported('virtual:crosswalks', 'crosswalks');
		expect(crosswalks.ipa.topics).toHaveLength(25);
		expect(crosswalks.ipa.fiveMeasures).toHaveLength(5);
		expect(crosswalks.mic.categories.length).toBeGreaterThan(0);
		expect(await exported('virtual:checklist-content', 'content')).not.toHaveProperty('crosswalks');
		expect(await exported('virtual:checklist-shape', 'shape')).not.toHaveProperty('crosswalks');
	});
});
