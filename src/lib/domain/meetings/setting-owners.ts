import type { AppCard, SettingWho } from '../content/meeting-schemas.ts';
import type { PackMeetingApp, RequiredSetting } from '../formats/policy-pack.ts';

/** Who can change each built-in card's settings: app id → setting id → who. */
export type SettingOwners = Record<string, Record<string, SettingWho>>;

/** The part of the meeting content the employee's checklist needs: built at build time. */
export function settingOwnersOf(cards: AppCard[]): SettingOwners {
	return Object.fromEntries(
		cards.map((card) => [
			card.app,
			Object.fromEntries(card.settings.map((setting) => [setting.id, setting.who]))
		])
	);
}

/** An approved app's required settings as an employee sees them. */
export interface EmployeeSettings {
	/** What the employee changes themselves, with where. */
	own: RequiredSetting[];
	/** How many only an administrator can change (their console paths are not for staff). */
	byAdmin: number;
}

/**
 * Splits an app's required settings into the employee's own and the administrator's. An app
 * without a built-in card lists what the organisation typed for its staff; a setting the card no
 * longer knows counts as the administrator's, so no console path reaches staff unclassified.
 */
export function employeeSettings(entry: PackMeetingApp, owners: SettingOwners): EmployeeSettings {
	const card = owners[entry.app];
	if (!card) return { own: entry.settings, byAdmin: 0 };
	const own = entry.settings.filter((setting) => card[setting.id] === 'user');
	return { own, byAdmin: entry.settings.length - own.length };
}
