import { parseDocument } from 'yaml';
import type { z } from '../zod.ts';
import type { ContentIssue, SourceFile } from './compile.ts';

const UNREADABLE = Symbol('unreadable');

/** Parses YAML, failing on syntax errors and duplicate keys (yaml's default `uniqueKeys`). */
function parseYaml(file: SourceFile, issues: ContentIssue[]): unknown {
	const doc = parseDocument(file.text, { prettyErrors: false });
	if (doc.errors.length === 0) return doc.toJS();
	for (const error of doc.errors) {
		issues.push({ file: file.path, field: '(yaml)', message: error.message });
	}
	return UNREADABLE;
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
