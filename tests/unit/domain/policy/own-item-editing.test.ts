import { describe, expect, it } from 'vitest';
import {
	emptyOwnItem,
	newOwnItemId,
	ownItemFields,
	type OwnItemFields
} from '$lib/domain/policy/own-item-editing';
import { checkOwnItem } from '$lib/domain/policy/own-item-check';
import { checkPack } from '$lib/domain/policy/pack-check';
import { withOverride } from '$lib/domain/policy/pack-editing';
import { newPolicyPack } from '$lib/domain/formats/policy-pack';
import { ORG_ITEM_ID_PATTERN } from '$lib/domain/formats/patterns';
import { fieldProblemText } from '$lib/i18n/problem-text';

const today = '2026-11-24';
const filled: OwnItemFields = {
	...emptyOwnItem(newOwnItemId('A1B2C3D4'), 'device'),
	titleJa: '社用PCに私物のUSBメモリを挿さない',
	whyJa: 'ウイルスや情報の持ち出しを防ぐためです。',
	stepsJa: '私物のUSBメモリは使わない\n\n必要なときは情報システム担当に相談する\n',
	threats: ['malware', 'information-leakage']
};

describe("an organisation's own item", () => {
	it('is built from the form: English falls back to Japanese, one step per non-empty line', () => {
		const result = checkOwnItem(filled, today);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.item.id).toBe('org-a1b2c3d4');
		expect(result.item.title).toEqual({
			ja: '社用PCに私物のUSBメモリを挿さない',
			en: '社用PCに私物のUSBメモリを挿さない'
		});
		expect(result.item.how.map((s) => s.ja)).toEqual([
			'私物のUSBメモリは使わない',
			'必要なときは情報システム担当に相談する'
		]);
		expect(result.item.sources).toEqual([]);
		expect(ownItemFields(result.item)).toEqual({
			...filled,
			id: 'org-a1b2c3d4',
			stepsJa: '私物のUSBメモリは使わない\n必要なときは情報システム担当に相談する'
		});
	});

	it('round-trips English steps and a cited source, keeping the source date when unchanged', () => {
		const withEnglish = {
			...filled,
			stepsJa: '私物のUSBメモリは使わない\n必要なときは情報システム担当に相談する',
			titleEn: 'No private USB sticks in work PCs',
			stepsEn: "Don't use private USB sticks\nAsk IT when you need one",
			sourceUrl: 'https://intra.example.jp/rules/usb'
		};
		const first = checkOwnItem(withEnglish, today);
		if (!first.ok) throw new Error('expected a valid item');
		expect(first.item.sources).toEqual([
			{ title: 'https://intra.example.jp/rules/usb', url: withEnglish.sourceUrl, asOf: today }
		]);
		expect(ownItemFields(first.item)).toEqual(withEnglish);
		const later = checkOwnItem(withEnglish, '2027-01-05', first.item);
		expect(later.ok && later.item.sources[0]!.asOf).toBe(today);
	});

	it('names each problem by its form field, in kinds the UI can word in either language', () => {
		const result = checkOwnItem(
			{
				...filled,
				titleJa: ' ',
				stepsJa: '',
				threats: [],
				effortMinutes: 0,
				sourceUrl: 'http://x.example'
			},
			today
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toMatchObject({
			titleJa: { kind: 'fill' },
			stepsJa: { kind: 'min-items', params: { min: 1 } },
			threats: { kind: 'min-items', params: { min: 1 } },
			effortMinutes: { kind: 'number-range', params: { min: 1, max: 480 } },
			sourceUrl: { kind: 'https-url' }
		});
	});

	it('asks for as many English steps as Japanese ones', () => {
		const result = checkOwnItem({ ...filled, stepsEn: 'Only one' }, today);
		expect(result).toMatchObject({
			ok: false,
			errors: { stepsEn: { kind: 'same-step-count', params: { count: 2 } } }
		});
	});

	it('goes into a pack that passes the pack schema, and a too-long title is named there too', () => {
		const made = checkOwnItem(filled, today);
		if (!made.ok) throw new Error('expected a valid item');
		const pack = newPolicyPack('org-1', { ja: '例', en: 'Example' }, '2026-11-24T00:00:00.000Z');
		expect(checkPack({ ...pack, extraItems: [made.item] }).ok).toBe(true);
		const long = { ...made.item, title: { ja: 'あ'.repeat(121), en: 'x' } };
		expect(checkPack({ ...pack, extraItems: [long] })).toMatchObject({
			ok: false,
			errors: { 'extraItems[0].title.ja': { kind: 'max-chars', params: { max: 120 } } }
		});
	});
});

describe('own item ids in the editor', () => {
	it('are made in the "org-" form, and an id of the app\'s items is refused', () => {
		expect(newOwnItemId('A1B2C3D4E5')).toMatch(ORG_ITEM_ID_PATTERN);
		expect(checkOwnItem({ ...filled, id: 'os-auto-update' }, today)).toMatchObject({
			ok: false,
			errors: { id: { kind: 'org-item-id' } }
		});
	});

	it('a draft holding a bad or repeated id is not saved, and the problem names the item', () => {
		const made = checkOwnItem(filled, today);
		if (!made.ok) throw new Error('expected a valid item');
		const pack = newPolicyPack('org-1', { ja: '例', en: 'Example' }, '2026-11-24T00:00:00.000Z');
		const shadow = { ...made.item, id: 'os-auto-update' };
		const checked = checkPack({ ...pack, extraItems: [made.item, shadow, made.item] });
		if (checked.ok) throw new Error('expected a refusal');
		expect(Object.keys(checked.errors)).toEqual(['extraItems[1].id', 'extraItems[2]']);
		const [bad, twice] = Object.entries(checked.errors).map(([, problem]) => problem);
		expect(fieldProblemText('en', 'pack', bad!.path, bad!)).toMatch(/^Own item 2, item id: /);
		expect(fieldProblemText('ja', 'pack', twice!.path, twice!)).toBe(
			`独自の項目 3 件目: 「${made.item.id}」が2回あります。1回だけにしてください`
		);
	});
});

describe('tier overrides', () => {
	it('sets, changes and removes one item without touching the others', () => {
		const one = withOverride({}, 'screen-lock', 'must');
		const two = withOverride(one, 'backup', 'off');
		expect(two).toEqual({ 'screen-lock': 'must', backup: 'off' });
		expect(withOverride(two, 'screen-lock', 'should')).toEqual({
			'screen-lock': 'should',
			backup: 'off'
		});
		expect(withOverride(two, 'screen-lock', undefined)).toEqual({ backup: 'off' });
		expect(one).toEqual({ 'screen-lock': 'must' });
	});
});

describe('problems in two languages', () => {
	it('an empty Japanese text is reported once, not again for the English that falls back to it', () => {
		const result = checkOwnItem({ ...filled, whyJa: '' }, today);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(Object.keys(result.errors)).toEqual(['whyJa']);
		const pack = newPolicyPack('org-1', { ja: '', en: '' }, '2026-11-24T00:00:00.000Z');
		const checked = checkPack(pack);
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(Object.keys(checked.errors)).toEqual(['orgName.ja']);
	});
});
