import type { z } from '$lib/domain/shared/zod';
import { joinSteps } from '$lib/domain/formats/schema-paths';

type Node = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & {
	shape?: Record<string, Node>;
	element?: Node;
	valueType?: Node;
	innerType?: Node;
	in?: Node;
	options?: Node[];
};

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

function unwrap(schema: Node): Node {
	const def = schema._zod.def as Def;
	if (WRAPPERS.has(def.type)) return unwrap(def.innerType!);
	return def.type === 'pipe' ? unwrap(def.in!) : schema;
}

/**
 * Every leaf of a schema as a pattern: a value that is not an object, a list or a record. A list
 * of plain values is one leaf (`roles`), like a form field with several choices.
 */
export function leafPatterns(schema: Node, prefix: readonly string[] = []): string[] {
	const def = unwrap(schema)._zod.def as Def;
	if (def.type === 'object') {
		return Object.entries(def.shape ?? {}).flatMap(([key, value]) =>
			leafPatterns(value, [...prefix, key])
		);
	}
	if (def.type === 'union') {
		// The versions of one format: each field once, as any version has it.
		return [...new Set(def.options!.flatMap((option) => leafPatterns(option, prefix)))];
	}
	if (def.type === 'record') return leafPatterns(def.valueType!, [...prefix, '*']);
	if (def.type === 'array') {
		const element = unwrap(def.element!)._zod.def.type;
		if (element === 'object' || element === 'array' || element === 'record') {
			return leafPatterns(def.element!, [...prefix, '[]']);
		}
	}
	return [joinSteps(prefix)];
}
