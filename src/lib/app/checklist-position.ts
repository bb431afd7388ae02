/**
 * The item a person was last working on, per checklist and device profile, so that coming back
 * (from the help page, another page, a reload) returns to it. Kept in sessionStorage: it lasts
 * for this tab's visit, goes with "erase everything" (which clears web storage) and never
 * leaves the device.
 */
const key = (list: string, profileId: string) => `twc:checklist-position:${list}:${profileId}`;

export const checklistPosition = {
	remember(list: string, profileId: string, itemId: string): void {
		try {
			sessionStorage.setItem(key(list, profileId), itemId);
		} catch {
			// storage disabled: the page starts at the top next time
		}
	},
	recall(list: string, profileId: string): string | undefined {
		try {
			return sessionStorage.getItem(key(list, profileId)) ?? undefined;
		} catch {
			return undefined;
		}
	}
};
