import type { z } from '../shared/zod.ts';

/** A path with every list index as `[]` and every record key as `*`: `helpDesk[].name`. */
export type PathPattern = string;

type Node = z.core.$ZodType;

/** The schema inside wrappers that do not change the shape (optional, default, pipes). */
function unwrap(schema: Node): Node {
	const def = schema._zod.def as z.core.$ZodTypeDef & {
		innerType?: Node;
		in?: Node;
	};
	switch (def.type) {
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'readonly':
		case 'catch':
		case 'nonoptional':
			return unwrap(def.innerType!);
		case 'pipe':
			return unwrap(def.in!);
		default:
			return schema;
	}
}

/** The schema one step down: an object's field, a list's element, a record's value. */
function child(schema: Node, part: PropertyKey): Node | undefined {
	const node = unwrap(schema);
	const def = node._zod.def as z.core.$ZodTypeDef & {
		shape?: Record<string, Node>;
		element?: Node;
		valueType?: Node;
		options?: Node[];
	};
	// The versions of one format: the first that has the field.
	if (def.type === 'union') return def.options?.map((o) => child(o, part)).find(Boolean);
	if (def.type === 'object') return typeof part === 'string' ? def.shape?.[part] : undefined;
	if (def.type === 'array') return typeof part === 'number' ? def.element : undefined;
	if (def.type === 'record') return def.valueType;
	return undefined;
}

/** The schema of the value at `path`, if the schema has one there. */
export function schemaAt(schema: Node, path: readonly PropertyKey[]): Node | undefined {
	let node: Node | undefined = schema;
	for (const part of path) {
		node = node && child(node, part);
		if (!node) return undefined;
	}
	return node && unwrap(node);
}

/** `['helpDesk', '[]', 'name']` → `helpDesk[].name`. */
export function joinSteps(steps: readonly string[]): PathPattern {
	return steps.reduce(
		(text, step) => (step === '[]' || !text ? text + step : `${text}.${step}`),
		''
	);
}
