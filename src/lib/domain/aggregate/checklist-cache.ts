import type { ChecklistContent } from '../content/compile.ts';
import { conditionSchema } from '../content/condition.ts';
import type { Item } from '../content/item-schema.ts';
import type { Tier } from '../content/vocabulary.ts';
import type { TeleworkContext } from '../engine/context.ts';
import type { PolicyPack } from '../formats/policy-pack.ts';
import { applicableItems } from '../engine/tiering.ts';

/** Every item a checklist can hold (the content's, then the organisation's), numbered once. */
export interface ItemCatalog {
	items: readonly Item[];
	indexOf: ReadonlyMap<string, number>;
}

/** One context's checklist, shared by everyone whose context has the same key. */
export interface ContextChecklist {
	/** The first context seen with this key: its role and condition axes are everyone's. */
	context: TeleworkContext;
	items: readonly Item[];
	tiers: readonly Tier[];
	mustCount: number;
	/** Catalog index of each position. */
	catalogIndex: Int32Array;
	/** Position of each applicable item id. */
	positionOf: ReadonlyMap<string, number>;
}

export function itemCatalog(content: ChecklistContent, pack: PolicyPack | undefined): ItemCatalog {
	const items: Item[] = [...content.items, ...(pack?.extraItems ?? [])];
	return { items, indexOf: new Map(items.map((item, i) => [item.id, i])) };
}

/**
 * A checklist depends on the role and on the axes conditions can name, nothing else (not the
 * meeting apps): the key is made of those, read from the condition schema so that a new axis
 * joins it by itself. Sets are sorted: the same situation told in another order is one key.
 */
const KEY_AXES = ['role', ...Object.keys(conditionSchema.shape)];

/** One axis as text; the organisation's axes are absent from a person's context. */
function axisText(value: TeleworkContext[keyof TeleworkContext] | undefined): string {
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return [...value].sort().join(',');
	return Object.entries(value)
		.filter(([, on]) => on)
		.map(([fact]) => fact)
		.sort()
		.join(',');
}

function contextKey(context: TeleworkContext): string {
	return KEY_AXES.map((axis) => axisText(context[axis as keyof TeleworkContext])).join('|');
}

/**
 * The applicable items once per distinct key: many people share a situation, and the list depends
 * only on it, the content and the pack.
 */
export function checklistCache(
	content: ChecklistContent,
	pack: PolicyPack | undefined,
	catalog: ItemCatalog
): (context: TeleworkContext) => ContextChecklist {
	const cache = new Map<string, ContextChecklist>();
	return (context) => {
		const key = contextKey(context);
		const hit = cache.get(key);
		if (hit) return hit;
		const list = applicableItems(content, context, pack);
		const entry: ContextChecklist = {
			context,
			items: list.map((r) => r.item),
			tiers: list.map((r) => r.tier),
			mustCount: list.filter((r) => r.tier === 'must').length,
			catalogIndex: Int32Array.from(list, (r) => catalog.indexOf.get(r.item.id)!),
			positionOf: new Map(list.map((r, i) => [r.item.id, i]))
		};
		cache.set(key, entry);
		return entry;
	};
}
