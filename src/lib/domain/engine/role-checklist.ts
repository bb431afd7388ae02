import { groupByTier, type TierGroup } from './checklist.ts';
import type { ChecklistContent } from '../content/compile.ts';
import type { Role } from '../content/vocabulary.ts';
import { orgRuleContext, ownerIsAdmin, type OrgProfile } from '../policy/org-profile.ts';
import { buildChecklist, inChecklistOrder, type ResolvedItem } from './tiering.ts';

/** What the admin's or owner's checklist page shows: the list, laid out by tier and category. */
export interface RoleChecklistView {
	list: ResolvedItem[];
	sections: TierGroup<ResolvedItem>[];
	/** Whether the list holds the admin's items too (an owner without IT staff). */
	combined: boolean;
}

export function roleChecklistView(
	content: ChecklistContent,
	role: Exclude<Role, 'employee'>,
	profile: OrgProfile | undefined
): RoleChecklistView {
	const list = roleChecklist(content, role, profile);
	return {
		list,
		sections: groupByTier(list, content.categories),
		combined: rolesInList(role, profile).length > 1
	};
}

/** The roles whose items one person's list holds: an owner without IT staff is the admin too. */
export function rolesInList(
	role: Exclude<Role, 'employee'>,
	profile: OrgProfile | undefined
): Exclude<Role, 'employee'>[] {
	return role === 'owner' && ownerIsAdmin(profile) ? ['owner', 'admin'] : [role];
}

/** Every item of the role at its base tier: the list before the organisation is described. */
function baseList(content: ChecklistContent, role: Role): ResolvedItem[] {
	return content.items
		.filter((item) => item.roles.includes(role))
		.map((item) => ({
			item,
			tier: item.tier,
			appliesBecause: [],
			tierBecause: [],
			setByOrg: false
		}));
}

/**
 * The admin's or owner's checklist. Without a profile: every item at its base tier. With one:
 * the items that fit the organisation, tiered by the same rules as the employee's, and for an
 * owner who is the admin too one list of both roles, in which an owner item that an admin item
 * covers (`combinedInto`) gives way to it and no item appears twice.
 */
export function roleChecklist(
	content: ChecklistContent,
	role: Exclude<Role, 'employee'>,
	profile: OrgProfile | undefined
): ResolvedItem[] {
	if (!profile) return baseList(content, role);
	const roles = rolesInList(role, profile);
	const lists = roles.map((r) => buildChecklist(content, orgRuleContext(r, profile)));
	if (lists.length === 1) return lists[0]!;
	const shown = new Set(lists.flat().map((entry) => entry.item.id));
	const seen = new Set<string>();
	const merged = lists.flat().filter((entry) => {
		const { id, combinedInto } = entry.item;
		if (seen.has(id) || (combinedInto && shown.has(combinedInto))) return false;
		seen.add(id);
		return true;
	});
	return inChecklistOrder(content, merged);
}
