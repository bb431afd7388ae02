import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
	checkSize,
	scanJson,
	formatPath,
	MAX_JSON_DEPTH,
	parseJsonBytes,
	type SafeJsonOptions
} from '$lib/domain/formats/safe-json';

const LIMIT = { maxBytes: 1024 };
const bytes = (text: string) => new TextEncoder().encode(text);
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

function errorOf(input: ArrayBuffer | Uint8Array, options: SafeJsonOptions = LIMIT) {
	const result = parseJsonBytes(input, options);
	if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
	return result.error;
}

describe('parseJsonBytes accepts', () => {
	test('JSON from a Uint8Array and from an ArrayBuffer', () => {
		const text = '{"a":[1,"x",{"b":null}],"c":true}';
		const expected = { ok: true, value: JSON.parse(text) };
		expect(parseJsonBytes(bytes(text), LIMIT)).toEqual(expected);
		expect(parseJsonBytes(bytes(text).buffer, LIMIT)).toEqual(expected);
	});

	test('Japanese text and a leading byte-order mark', () => {
		const text = '\ufeff{"name":"この端末"}';
		expect(parseJsonBytes(bytes(text), LIMIT)).toEqual({ ok: true, value: { name: 'この端末' } });
	});

	test(`nesting up to ${MAX_JSON_DEPTH} levels`, () => {
		expect(parseJsonBytes(bytes(nested(MAX_JSON_DEPTH)), LIMIT).ok).toBe(true);
	});

	test('the forbidden words as values, and keys that only contain them', () => {
		const text = '{"note":"__proto__","kind":["constructor","prototype"],"my_prototype":1}';
		expect(parseJsonBytes(bytes(text), LIMIT)).toEqual({ ok: true, value: JSON.parse(text) });
	});
});

describe('parseJsonBytes refuses, with code and field', () => {
	test('more bytes than the limit, before decoding them', () => {
		expect(errorOf(new Uint8Array(1025))).toEqual({
			code: 'too-big',
			path: [],
			problem: { kind: 'too-big', params: { size: '1 KB' } }
		});
		expect(parseJsonBytes(new Uint8Array(1024).fill(0x20).fill(0x30, 0, 1), LIMIT).ok).toBe(true);
	});

	test('a declared size above the limit, whatever the bytes', () => {
		expect(errorOf(bytes('{}'), { maxBytes: 5 * 1024 * 1024, declaredSize: 6e6 })).toMatchObject({
			code: 'too-big',
			problem: { kind: 'too-big', params: { size: '5 MB' } }
		});
	});

	test.each([
		['an invalid byte', [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]],
		['an overlong "/"', [0x22, 0xc0, 0xaf, 0x22]],
		['an encoded lone surrogate', [0x22, 0xed, 0xa0, 0x80, 0x22]],
		['a cut-off sequence', [0x22, 0xe3, 0x81]],
		['UTF-16 text', [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]]
	])('text that is not UTF-8: %s', (_label, list) => {
		expect(errorOf(new Uint8Array(list))).toEqual({
			code: 'not-utf8',
			path: [],
			problem: { kind: 'not-utf8' }
		});
	});

	test(`nesting of ${MAX_JSON_DEPTH + 1} levels, objects or arrays`, () => {
		expect(errorOf(bytes(nested(MAX_JSON_DEPTH + 1)))).toMatchObject({
			code: 'too-deep',
			problem: { kind: 'too-deep', params: { depth: MAX_JSON_DEPTH, at: 33 } }
		});
		const objects = '{"a":'.repeat(40) + '1' + '}'.repeat(40);
		expect(errorOf(bytes(objects)).code).toBe('too-deep');
	});

	test('100 000 open brackets without a stack overflow', () => {
		const text = '['.repeat(100_000);
		expect(errorOf(bytes(text), { maxBytes: 1e6 }).code).toBe('too-deep');
		expect(scanJson(text, 32).tooDeepAt).toBe(32);
	});

	test('brackets inside strings do not count, escaped quotes do not end them', () => {
		const text = JSON.stringify({ s: '[[[[{{{{\\"[[[[', t: '"' + '['.repeat(50) });
		expect(scanJson(text, 2).tooDeepAt).toBe(-1);
		expect(parseJsonBytes(bytes(text), LIMIT).ok).toBe(true);
	});

	test.each([
		['cut off', '{"a": [1, 2'],
		['empty', ''],
		['trailing text', '{} {}'],
		['a trailing comma', '{"a":1,}'],
		['single quotes', "{'a':1}"],
		['NaN', '{"a":NaN}']
	])('text that is not JSON: %s', (_label, text) => {
		const error = errorOf(bytes(text));
		expect(error).toEqual({ code: 'not-json', path: [], problem: { kind: 'not-json' } });
	});

	test.each([
		['__proto__ at the top', '{"__proto__":{"isAdmin":true}}', [], '__proto__'],
		['constructor at the top', '{"ok":1,"constructor":{"prototype":{}}}', [], 'constructor'],
		['prototype in an object', '{"a":{"prototype":1}}', ['a'], 'prototype'],
		[
			'__proto__ deep in arrays',
			'{"a":[{"b":1},{"c":[0,{"__proto__":[]}]}]}',
			['a', 1, 'c', 1],
			'__proto__'
		],
		[
			'a key that needs quoting on the way',
			'{"my key":{"constructor":1}}',
			['my key'],
			'constructor'
		],
		['the first one in document order', '{"a":{"prototype":1},"__proto__":{}}', ['a'], 'prototype']
	])('a forbidden key: %s', (_label, text, path, name) => {
		expect(errorOf(bytes(text))).toEqual({
			code: 'forbidden-key',
			path,
			problem: { kind: 'forbidden-key', params: { name } }
		});
	});

	test('a forbidden key pollutes nothing', () => {
		errorOf(bytes('{"__proto__":{"polluted":true},"a":{"__proto__":{"polluted":true}}}'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});
});

describe('a key given twice in one object', () => {
	test.each([
		['at the top', '{"orgId":"ours","orgId":"theirs"}', ['orgId']],
		['in an object', '{"respondent":{"name":"Alice","name":"Mallory"}}', ['respondent', 'name']],
		['in the second entry of a list', '{"a":[{"id":1},{"id":2,"x":0,"id":3}]}', ['a', 1, 'id']],
		['written with an escape', '{"a":1,"\\u0061":2}', ['a']],
		['escaped the first time', '{"n\\u0061me":1,"name":2}', ['name']],
		['with escaped quotes', '{"a\\"b":{"c":1},"a\\"b":2}', ['a"b']],
		['as an accent written two ways', '{"caf\\u00e9":1,"café":2}', ['café']],
		['after a value with a backslash', '{"s":"x\\\\","s":1}', ['s']],
		['the first of two, in document order', '{"a":{"b":1,"b":2},"c":1,"c":2}', ['a', 'b']]
	])('is refused, with the field and its name: %s', (_label, text, path) => {
		expect(errorOf(bytes(text))).toEqual({
			code: 'duplicate-key',
			path,
			problem: { kind: 'duplicate-key', params: { name: path.at(-1) } }
		});
	});

	test.each([
		['the same key at different levels', '{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}],"c":{"a":3}}'],
		[
			'keys and brackets inside strings',
			'{"a":"\\"a\\":1,\\"a\\":2}","b":"{\\"b\\":1,\\"b\\":2}"}'
		],
		['a value that repeats a key', '{"a":"a","b":"a","c":["a","a"]}'],
		['keys that differ in case or by an escape', '{"a":1,"A":2,"a\\\\b":3,"ab":4,"a\\/":5}'],
		['lists of lists', '[[{"a":1}],[{"a":2}],{"a":[{"a":3}]}]']
	])('is not mistaken for one: %s', (_label, text) => {
		expect(parseJsonBytes(bytes(text), LIMIT)).toEqual({ ok: true, value: JSON.parse(text) });
	});

	test('a name too long or with control characters is shown short and clean', () => {
		const key = `\u202e${'k'.repeat(500)}`;
		const text = JSON.stringify({ [key]: 1 }).replace('}', `,${JSON.stringify(key)}:2}`);
		const { problem } = errorOf(bytes(text), { maxBytes: 4096 });
		expect(problem.params?.name).toMatch(/^\ufffdk{59}…k{30}$/);
	});

	test('a big file with many keys is still read quickly (one pass, no search per key)', () => {
		// 100 000 keys in one object and 20 000 small objects: about 4 MB.
		const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key-${i}`, i]));
		const list = Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: 'x', note: 'y' }));
		const text = JSON.stringify({ wide, list });
		const started = performance.now();
		const result = parseJsonBytes(bytes(text), { maxBytes: 8e6 });
		expect(result.ok).toBe(true);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(errorOf(bytes(text.replace('"key-5"', '"key-99999"')), { maxBytes: 8e6 })).toMatchObject(
			{ code: 'duplicate-key', path: ['wide', 'key-99999'] }
		);
	});
});

describe('checkSize', () => {
	test.each([
		[0, true],
		[1024, true],
		[1025, false],
		[-1, false],
		[Number.NaN, false],
		[Number.POSITIVE_INFINITY, false]
	])('%d bytes against 1024: ok is %s', (size, ok) => {
		expect(checkSize(size, 1024).ok).toBe(ok);
	});
});

test('formatPath writes paths as in code', () => {
	expect(formatPath([])).toBe('');
	expect(formatPath(['answers', 3, 'status'])).toBe('answers[3].status');
	expect(formatPath([0, 'a'])).toBe('[0].a');
	expect(formatPath(['a', 'b c', '__proto__'])).toBe('a["b c"].__proto__');
});

describe('properties', () => {
	fcTest.prop([fc.uint8Array({ maxLength: 2048 })])('never throws on any bytes', (input) => {
		const result = parseJsonBytes(input, LIMIT);
		expect(typeof result.ok).toBe('boolean');
		if (!result.ok) expect(result.error.problem.kind).not.toBe('');
	});

	fcTest.prop([
		fc.string({ unit: fc.constantFrom(...'{}[]":,\\ a1_-'.split('')), maxLength: 300 })
	])('never throws on JSON-like text', (text) => {
		expect(typeof parseJsonBytes(bytes(text), { maxBytes: 4096 }).ok).toBe('boolean');
	});

	fcTest.prop([
		fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }),
		fc.nat(),
		fc.boolean()
	])('any key given again, written plainly or escaped, is refused', (object, pick, escape) => {
		const keys = Object.keys(object);
		const key = keys[pick % keys.length] ?? '';
		fc.pre(!/"(__proto__|constructor|prototype)":/.test(JSON.stringify(object)));
		const written = escape
			? `"${key
					.split('')
					.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
					.join('')}"`
			: JSON.stringify(key);
		const text = `${JSON.stringify(object).slice(0, -1)},${written}:null}`;
		expect(errorOf(bytes(text), { maxBytes: 1e6 })).toMatchObject({
			code: 'duplicate-key',
			path: [key]
		});
	});

	fcTest.prop([fc.jsonValue({ maxDepth: 8 })])(
		'any JSON value without forbidden keys comes back unchanged',
		(value) => {
			const text = JSON.stringify(value);
			fc.pre(!/"(__proto__|constructor|prototype)":/.test(text));
			const result = parseJsonBytes(bytes(text), { maxBytes: 1e6 });
			expect(result.ok).toBe(true);
			if (result.ok) expect(JSON.stringify(result.value)).toBe(text);
		}
	);
});
