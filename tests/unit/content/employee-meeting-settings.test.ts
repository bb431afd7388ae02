import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type Content } from '$lib/domain/content/compile';
import type { AppCard } from '$lib/domain/content/meeting-schemas';
import type { PackMeetingApp } from '$lib/domain/formats/policy-pack';
import { employeeSettings, settingOwnersOf } from '$lib/domain/meetings/setting-owners';
import { requiredFromCard } from '$lib/domain/meetings/vetting';
import { readChecklistFiles } from '$lib/node/read-checklists';

// The real cards in checklists/meetings/apps/: what an employee sees of an approved app's settings.
let cards: Content['meetings']['cards'];

beforeAll(async () => {
	const result = compileContent(await readChecklistFiles('checklists'));
	if (!result.ok) throw new Error(result.issues.map((i) => JSON.stringify(i)).join('\n'));
	cards = result.content.meetings.cards;
});

/** The organisation approved the app and requires every setting its card lists. */
function approvedWithAll(card: AppCard): PackMeetingApp {
	return {
		app: card.app,
		name: card.product,
		decision: 'approved',
		verdict: 'allowed-with-settings',
		settings: card.settings.map(requiredFromCard),
		vettedAt: '2026-12-06'
	};
}

const card = (app: string) => cards.find((c) => c.app === app)!;
const ACCOUNT_MANAGEMENT = /Account Management|アカウント管理/;

describe("an employee's view of an approved meeting app", () => {
	it('never holds a setting only an admin can change, and counts those instead', () => {
		for (const each of cards) {
			const { own, byAdmin } = employeeSettings(approvedWithAll(each), settingOwnersOf(cards));
			const admin = each.settings.filter((s) => s.who === 'admin').map((s) => s.id);
			expect(
				own.filter((s) => admin.includes(s.id)),
				each.app
			).toEqual([]);
			expect(own.length + byAdmin, each.app).toBe(each.settings.length);
			expect(byAdmin, each.app).toBe(admin.length);
		}
	});

	it("Zoom: the web portal's account-management paths are the admin's; staff get the in-meeting ones", () => {
		const zoom = card('zoom');
		const { own, byAdmin } = employeeSettings(approvedWithAll(zoom), settingOwnersOf(cards));
		// Hand-counted in zoom.yaml: 2 in-meeting settings, 8 in the admin web portal.
		expect(own.map((s) => s.id)).toEqual(['waiting-room-in-meeting', 'lock-meeting']);
		expect(byAdmin).toBe(8);
		for (const setting of own) {
			expect(setting.where?.ja).not.toMatch(ACCOUNT_MANAGEMENT);
			expect(setting.where?.en).not.toMatch(ACCOUNT_MANAGEMENT);
		}
		// The admin's vetting view (the card's settings) keeps every console path.
		const adminView = zoom.settings;
		const portal = adminView.find((s) => s.id === 'one-security-option');
		expect(portal?.where.en).toMatch(ACCOUNT_MANAGEMENT);
		expect(portal?.where.ja).toMatch(ACCOUNT_MANAGEMENT);
		expect(adminView).toHaveLength(10);
	});

	it("an app of the organisation's own lists what the admin typed; a setting a card no longer knows is the admin's", () => {
		const owners = settingOwnersOf(cards);
		const typed = {
			...approvedWithAll(card('zoom')),
			app: 'example-video',
			settings: [
				{ id: 'setting-1', name: { ja: '待機室', en: 'Lobby' }, requiredFrom: 'low' as const }
			]
		};
		expect(employeeSettings(typed, owners)).toEqual({ own: typed.settings, byAdmin: 0 });
		const stale = {
			...approvedWithAll(card('zoom')),
			settings: [
				{ id: 'retired-setting', name: { ja: '古い', en: 'Old' }, requiredFrom: 'low' as const }
			]
		};
		expect(employeeSettings(stale, owners)).toEqual({ own: [], byAdmin: 1 });
	});
});
