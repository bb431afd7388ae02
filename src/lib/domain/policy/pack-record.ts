import { z } from '../shared/zod.ts';
import { ORG_ITEM_ID_MAX, ORG_ITEM_ID_PREFIX } from '../formats/patterns.ts';
import {
	orgItemIdSchema,
	policyPackSchema,
	upgradePackV2,
	upgradePackV3,
	upgradePackV4
} from '../formats/policy-pack.ts';

const isOrgItemId = (id: string) => orgItemIdSchema.safeParse(id).success;

/** An `org-` id made from an old one, not yet in `taken`: `os-auto-update` → `org-os-auto-update`. */
function freeOrgItemId(old: string, taken: ReadonlySet<string>): string {
	const words =
		old
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'item';
	const base = isOrgItemId(old) ? old : `${ORG_ITEM_ID_PREFIX}${words}`;
	const fit = (id: string, room: number) => id.slice(0, room).replace(/-+$/, '');
	let id = fit(base, ORG_ITEM_ID_MAX);
	for (let n = 2; taken.has(id); n++) id = `${fit(base, ORG_ITEM_ID_MAX - `-${n}`.length)}-${n}`;
	return id;
}

/**
 * Before an own item's id had to be `org-…` and unique, a pack could give its own item the id of
 * one of ours, and the two shared one answer. A pack stored then is kept, each such item under an
 * id of the `org-` form made from its old one (the same on every device), the old id's tier
 * override copied to it. Answers are not touched: one given while the two shared an id stays with
 * our item, and the own item asks again.
 */
export function upgradeOwnItemIds(pack: Record<string, unknown>): Record<string, unknown> {
	const items = pack.extraItems;
	if (!Array.isArray(items)) return pack;
	const idOf = (item: unknown) => (item as { id?: unknown } | null)?.id;
	const ids = items.map(idOf).filter((id): id is string => typeof id === 'string');
	if (ids.every(isOrgItemId) && new Set(ids).size === ids.length) return pack;
	const taken = new Set(ids.filter(isOrgItemId));
	const kept = new Set<string>();
	const overrides = { ...(pack.overrides as Record<string, unknown> | undefined) };
	const extraItems = items.map((item: unknown) => {
		const id = idOf(item);
		if (typeof id !== 'string' || (isOrgItemId(id) && !kept.has(id))) {
			if (typeof id === 'string') kept.add(id);
			return item;
		}
		const fresh = freeOrgItemId(id, taken);
		taken.add(fresh);
		if (id in overrides) overrides[fresh] = overrides[id];
		return { ...(item as object), id: fresh };
	});
	return { ...pack, extraItems, ...(pack.overrides === undefined ? {} : { overrides }) };
}

const STORED_UPGRADES = new Map<
	unknown,
	(data: Record<string, unknown>) => Record<string, unknown>
>([
	[2, upgradePackV2],
	[3, upgradePackV3],
	[4, upgradePackV4]
]);

/** A pack stored by an earlier version of the app is read as the current one. */
function upgradeStored(value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return value;
	const stored = value as Record<string, unknown>;
	const upgrade = STORED_UPGRADES.get(stored.formatVersion);
	return upgradeOwnItemIds(upgrade ? upgrade(stored) : stored);
}

/** `active`: the policy this device follows. `draft`: the policy an admin is writing. */
export const PACK_SLOTS = ['active', 'draft'] as const;
export type PackSlot = (typeof PACK_SLOTS)[number];

export const packRecordSchema = z.strictObject({
	slot: z.enum(PACK_SLOTS),
	pack: z.preprocess(upgradeStored, policyPackSchema),
	/** For the draft: the last version published from it (0 = never published). */
	publishedVersion: z.int().min(0),
	savedAt: z.iso.datetime()
});
export type PackRecord = z.infer<typeof packRecordSchema>;
