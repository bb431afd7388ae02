import { isPair, isSeq, parseDocument, visit, type Document } from 'yaml';
import type { z } from '../shared/zod.ts';
import type { ContentIssue, SourceFile } from './compile.ts';

const UNREADABLE = Symbol('unreadable');

/** The field path (`items[3].how[0].ja`) of a node from the ancestors `visit` passes. */
function pathOf(key: unknown, ancestors: readonly unknown[]): PropertyKey[] {
	const path: PropertyKey[] = [];
	const chain = [...ancestors];
	for (const [index, node] of chain.entries()) {
		const child = chain[index + 1];
		if (isPair(node) && node.key && typeof node.key === 'object' && 'value' in node.key) {
			path.push(String(node.key.value));
		} else if (isSeq(node) && child !== undefined) {
			path.push(node.items.indexOf(child as never));
		}
	}
	if (typeof key === 'number') path.push(key);
	return path;
}

/**
 * In YAML a plain (unquoted) text ends at ` #`: the rest of the line silently becomes a comment,
 * so "call #9110 now" would ship as "call". Any comment right after a plain text on its line is
 * refused; quoting the text keeps it whole.
 */
function commentCuts(doc: Document, text: string): { path: PropertyKey[]; cut: string }[] {
	const found: { path: PropertyKey[]; cut: string }[] = [];
	visit(doc, {
		Scalar(key, node, ancestors) {
			if (node.type !== 'PLAIN' || !node.range || key === 'key') return;
			const lineEnd = text.indexOf('\n', node.range[1]);
			const rest = text.slice(node.range[1], lineEnd < 0 ? undefined : lineEnd);
			if (/^[ \t]+#/.test(rest)) found.push({ path: pathOf(key, ancestors), cut: rest.trim() });
		}
	});
	return found;
}

/**
 * Parses YAML, failing on syntax errors, duplicate keys (yaml's default `uniqueKeys`) and plain
 * texts that a ` #` cuts short.
 */
function parseYaml(file: SourceFile, issues: ContentIssue[]): unknown {
	const doc = parseDocument(file.text, { prettyErrors: false });
	for (const error of doc.errors) {
		issues.push({ file: file.path, field: '(yaml)', message: error.message });
	}
	if (doc.errors.length > 0) return UNREADABLE;
	const data = doc.toJS();
	const cuts = commentCuts(doc, file.text);
	for (const { path, cut } of cuts) {
		issues.push({
			file: file.path,
			itemId: itemIdAt(data, path),
			field: fieldPath(path),
			message: `is cut short before "${cut.slice(0, 40)}": YAML reads " #" as the start of a comment; quote the text`
		});
	}
	return cuts.length > 0 ? UNREADABLE : data;
}

/** Validates one file with its schema; reports every zod issue with its item id and field path. */
export function parseWith<T>(
	schema: z.ZodType<T>,
	file: SourceFile,
	issues: ContentIssue[]
): T | undefined {
	const data = parseYaml(file, issues);
	if (data === UNREADABLE) return undefined;
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		issues.push({
			file: file.path,
			itemId: itemIdAt(data, issue.path),
			field: fieldPath(issue.path),
			message: issue.message
		});
	}
	return undefined;
}

/** For a path like `items.3.why.ja`, the id of item 3 if the raw data has one. */
function itemIdAt(data: unknown, path: readonly PropertyKey[]): string | undefined {
	if (path[0] !== 'items' || typeof path[1] !== 'number') return undefined;
	const items = (data as { items?: unknown })?.items;
	const item = Array.isArray(items) ? (items[path[1]] as { id?: unknown } | undefined) : undefined;
	return typeof item?.id === 'string' ? item.id : undefined;
}

function fieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
		.join('')
		.replace(/^\./, '');
}
