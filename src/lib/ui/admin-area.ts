/**
 * The admin's pages, in the order of the work: write and publish the policy, vet meeting apps,
 * collect the staff's summaries, see the organisation. `section` is the path prefix each marks
 * as current (the policy step covers its editor too); `name` names its texts (`nav.admin.policy`).
 */
export const ADMIN_STEPS = [
	{ name: 'policy', route: '/org', section: '/org' },
	{ name: 'vetting', route: '/meeting-apps', section: '/meeting-apps' },
	{ name: 'collect', route: '/summaries', section: '/summaries' },
	{ name: 'dashboard', route: '/dashboard', section: '/dashboard' }
] as const;
export type AdminStep = (typeof ADMIN_STEPS)[number]['name'];

export const ADMIN_HUB = '/admin';

/** Whether `path` is the page of `section` or one below it. */
export function inSection(path: string, section: string): boolean {
	return path === section || path.startsWith(`${section}/`);
}

/** Whether `path` is the admin hub or one of its steps. */
export function inAdminArea(path: string): boolean {
	return path === ADMIN_HUB || ADMIN_STEPS.some(({ section }) => inSection(path, section));
}
