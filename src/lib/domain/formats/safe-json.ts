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

export type JsonErrorCode = 'too-big' | 'not-utf8' | 'too-deep' | 'not-json' | 'forbidden-key';

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

/**
 * The position where brackets first nest deeper than `maxDepth`, or -1. A character scan, not
 * a parse: it needs no recursion, so a file of 100 000 `[` cannot overflow the stack.
 */
export function findTooDeep(text: string, maxDepth: number): number {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c)
				i++; // backslash: the next character is escaped, even a quote
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) {
			inString = true;
		} else if (c === 0x7b || c === 0x5b) {
			if (++depth > maxDepth) return i;
		} else if (c === 0x7d || c === 0x5d) {
			depth--;
		}
	}
	return -1;
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

	const deep = findTooDeep(text, maxDepth);
	if (deep >= 0) {
		return fail('too-deep', { kind: 'too-deep', params: { depth: maxDepth, at: deep + 1 } });
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
	return { ok: true, value };
}

/**
 * Parses untrusted JSON bytes: size limit (declared and actual), strict UTF-8, nesting depth,
 * JSON syntax, then refuses any `__proto__`, `constructor` or `prototype` key at any depth.
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
