import { displayName } from '../shared/display-text.ts';
import type { Problem } from './problems.ts';

/**
 * Reading JSON that came from outside the app (a backup, a policy pack, a summary): the bytes
 * are checked before they become objects, so a hostile or broken file ends as an error with
 * a field path, never as an exception, a hang or a polluted prototype.
 */

export const MAX_JSON_DEPTH = 32;

/** Keys that mean something to JavaScript objects; no format of ours uses them, so they are refused. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
	'__proto__',
	'constructor',
	'prototype'
]);

export type JsonErrorCode =
	'too-big' | 'not-utf8' | 'too-deep' | 'not-json' | 'forbidden-key' | 'duplicate-key';

/** A value's place in a document: keys and list indexes, from the top. */
export type JsonPath = (string | number)[];

export interface JsonError {
	code: JsonErrorCode;
	/** Where in the document; empty when it is about the whole file. */
	path: JsonPath;
	problem: Problem;
}

export type SafeResult<T, E = JsonError> = { ok: true; value: T } | { ok: false; error: E };

export interface SafeJsonOptions {
	/** The most bytes accepted. */
	maxBytes: number;
	/** The size the file claims (`file.size`), checked too: it is known before reading. */
	declaredSize?: number;
	maxDepth?: number;
}

function fail(code: JsonErrorCode, problem: Problem, path: JsonPath = []): SafeResult<never> {
	return { ok: false, error: { code, path, problem } };
}

export function sizeText(bytes: number): string {
	const round = (n: number) => Math.round(n * 10) / 10;
	if (bytes >= 1024 * 1024) return `${round(bytes / (1024 * 1024))} MB`;
	if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}

/**
 * Checks a size before anything is read: call it with `file.size` so a huge file is refused
 * without loading it into memory.
 */
export function checkSize(size: number, maxBytes: number): SafeResult<undefined> {
	if (!Number.isFinite(size) || size < 0 || size > maxBytes) {
		return fail('too-big', { kind: 'too-big', params: { size: sizeText(maxBytes) } });
	}
	return { ok: true, value: undefined };
}

/** `answers[3].status`: the path of a value, as people write it in code (for logs, never shown). */
export function formatPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const part of path) {
		if (typeof part === 'number') text += `[${part}]`;
		else if (typeof part === 'symbol') text += `[${String(part)}]`;
		else if (/^[A-Za-z_$][\w$]*$/.test(part)) text += text === '' ? part : `.${part}`;
		else text += `[${JSON.stringify(part)}]`;
	}
	return text;
}

export interface JsonScan {
	/** The position where brackets first nest deeper than the limit, or -1. */
	tooDeepAt: number;
	/** The path of the first key given twice in one object (escapes decoded), in document order. */
	duplicate?: JsonPath;
}

/** An open bracket: an object's keys so far, or none for a list; `at` is the member being read. */
interface Frame {
	keys?: Set<string>;
	at: string | number;
	/** In an object: whether the next string is a key (after `{` or `,`) rather than a value. */
	expectKey: boolean;
}

/** A key's text as JSON.parse sees it: "a" and "\u0061" are the same key. */
function keyOf(text: string, start: number, end: number, escaped: boolean): string {
	if (!escaped) return text.slice(start + 1, end);
	try {
		return String(JSON.parse(text.slice(start, end + 1)));
	} catch {
		// Only text that is not JSON gets here, and it is refused as such.
		return text.slice(start + 1, end);
	}
}

/**
 * One pass over the characters, not a parse: how deep brackets nest and the first key given
 * twice in one object (JSON.parse keeps the last value without a word, so
 * `"name":"Alice","name":"Mallory"` would read as Mallory). It needs no recursion, so a file of
 * 100 000 `[` cannot overflow the stack, and it stops at the first level too deep. A duplicate
 * means something only when the text is JSON (the caller checks that).
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
	const stack: Frame[] = [];
	let duplicate: JsonPath | undefined;
	let start = -1; // where the open string began, or -1
	let escaped = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const top: Frame | undefined = stack[stack.length - 1];
		if (start >= 0) {
			if (c === 0x5c) {
				i++; // backslash: the next character is escaped, even a quote
				escaped = true;
			} else if (c === 0x22) {
				if (top?.keys && top.expectKey && !duplicate) {
					const key = keyOf(text, start, i, escaped);
					if (top.keys.has(key)) duplicate = [...stack.slice(0, -1).map((f) => f.at), key];
					top.keys.add(key);
					top.at = key;
				}
				start = -1;
			}
		} else if (c === 0x22) {
			start = i;
			escaped = false;
		} else if (c === 0x7b || c === 0x5b) {
			if (stack.length >= maxDepth) return { tooDeepAt: i };
			stack.push(
				c === 0x7b ? { keys: new Set(), at: '', expectKey: true } : { at: 0, expectKey: false }
			);
		} else if (c === 0x7d || c === 0x5d) {
			stack.pop();
		} else if (c === 0x3a && top) {
			top.expectKey = false;
		} else if (c === 0x2c && top) {
			if (top.keys) top.expectKey = true;
			else if (typeof top.at === 'number') top.at++;
		}
	}
	return duplicate ? { tooDeepAt: -1, duplicate } : { tooDeepAt: -1 };
}

/** The path of the first forbidden key, depth first in document order, or undefined. */
function findForbiddenKey(value: unknown, path: JsonPath): JsonPath | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			const found = findForbiddenKey(value[i], [...path, i]);
			if (found) return found;
		}
		return undefined;
	}
	// JSON.parse makes "__proto__" an own property, so Object.keys sees it.
	for (const key of Object.keys(value)) {
		if (FORBIDDEN_KEYS.has(key)) return [...path, key];
		const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
		if (found) return found;
	}
	return undefined;
}

function parse(input: ArrayBuffer | Uint8Array, options: SafeJsonOptions): SafeResult<unknown> {
	const { maxBytes, declaredSize, maxDepth = MAX_JSON_DEPTH } = options;
	if (declaredSize !== undefined) {
		const declared = checkSize(declaredSize, maxBytes);
		if (!declared.ok) return declared;
	}
	const actual = checkSize(input.byteLength, maxBytes);
	if (!actual.ok) return actual;

	let text: string;
	try {
		// fatal: a broken byte is an error, not a silent U+FFFD. A leading BOM is dropped.
		text = new TextDecoder('utf-8', { fatal: true }).decode(input);
	} catch {
		return fail('not-utf8', { kind: 'not-utf8' });
	}

	const scan = scanJson(text, maxDepth);
	if (scan.tooDeepAt >= 0) {
		const at = scan.tooDeepAt + 1;
		return fail('too-deep', { kind: 'too-deep', params: { depth: maxDepth, at } });
	}

	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return fail('not-json', { kind: 'not-json' });
	}

	const forbidden = findForbiddenKey(value, []);
	if (forbidden) {
		const key = String(forbidden.at(-1));
		return fail(
			'forbidden-key',
			{ kind: 'forbidden-key', params: { name: key } },
			forbidden.slice(0, -1)
		);
	}
	if (scan.duplicate) {
		// The field's own path: its label names it ("Name"), or its object's when it has none.
		const name = displayName(String(scan.duplicate.at(-1)));
		return fail('duplicate-key', { kind: 'duplicate-key', params: { name } }, scan.duplicate);
	}
	return { ok: true, value };
}

/**
 * Parses untrusted JSON bytes: size limit (declared and actual), strict UTF-8, nesting depth,
 * JSON syntax, then refuses any `__proto__`, `constructor` or `prototype` key at any depth and
 * any key given twice in one object.
 * Never throws; the value still needs its schema.
 */
export function parseJsonBytes(
	input: ArrayBuffer | Uint8Array,
	options: SafeJsonOptions
): SafeResult<unknown> {
	try {
		return parse(input, options);
	} catch {
		// Nothing above should throw; if something does (out of memory), it is still an answer.
		return fail('not-json', { kind: 'unreadable' });
	}
}
