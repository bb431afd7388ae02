import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '$lib/domain/content/compile';
import type { TeleworkContext } from '$lib/domain/engine/context';
import { buildChecklist } from '$lib/domain/engine/tiering';
import { loadContent } from '$lib/node/read-checklists';

// Realistic situations, and the MUST items a careful IT person expects in each (written by hand
// from the situation, not from the rules): the content must ask for at least these, and must not
// make MUST what does not concern the person.
let content: Content;
beforeAll(async () => {
	content = await loadContent('checklists');
});

function tiers(context: TeleworkContext) {
	const list = buildChecklist(content, context);
	return {
		must: new Set(list.filter((e) => e.tier === 'must').map((e) => e.item.id)),
		all: new Set(list.map((e) => e.item.id))
	};
}

const noFacts = {
	handlesPersonalData: false,
	printsAtHome: false,
	sharedDevice: false,
	externalMeetings: false
};

describe('scenarios', () => {
	it('an issued Windows laptop at home with family and sometimes in a café, over VPN, with Teams', () => {
		const { must } = tiers({
			role: 'employee',
			ownership: 'issued',
			deviceType: 'pc',
			os: 'windows',
			networks: ['home-wifi', 'public-wifi'],
			places: ['shared-room', 'public-place'],
			methods: ['vpn'],
			meetingApps: ['microsoft-teams'],
			facts: noFacts
		});
		for (const id of [
			'os-auto-update',
			'os-still-supported',
			'screen-lock',
			'antivirus-realtime-on',
			'device-encryption-on',
			'work-account-mfa',
			'vpn-connect-before-work',
			'public-wifi-prefer-tethering',
			'router-admin-password',
			'router-firmware-update',
			'work-room-family-out',
			'camera-background-check',
			'camera-view-clear-papers',
			'headset-for-meetings',
			'public-place-screen-privacy',
			'keep-device-with-you-in-transit',
			'lost-device-report-lock-wipe',
			'erase-unneeded-files-before-home',
			'check-device-before-office-lan',
			'phishing-check-sender-and-link',
			'report-incident-at-once'
		])
			expect(must, id).toContain(id);
		// A laptop: no text-message or app-store MUSTs; colleagues only: no meeting-host MUSTs.
		for (const id of [
			'smishing-no-links-in-sms',
			'mobile-apps-official-store-only',
			'meeting-host-passcode-waiting-room'
		])
			expect(must, id).not.toContain(id);
	});

	it('a personal Android phone on tethering, Zoom calls with customers, personal data', () => {
		const { must, all } = tiers({
			role: 'employee',
			ownership: 'personal',
			deviceType: 'smartphone',
			os: 'android',
			networks: ['tethering'],
			places: ['own-room'],
			methods: ['cloud-direct'],
			meetingApps: ['zoom'],
			facts: { ...noFacts, handlesPersonalData: true, externalMeetings: true }
		});
		for (const id of [
			'smishing-no-links-in-sms',
			'mobile-apps-official-store-only',
			'screen-lock',
			'os-auto-update',
			'os-still-supported',
			'lost-device-report-lock-wipe',
			'keep-device-with-you-in-transit',
			'work-account-mfa',
			'meeting-host-passcode-waiting-room',
			'meeting-recording-rules',
			'meeting-check-attendees',
			'meeting-app-approved-updated',
			'screen-share-single-window',
			'camera-background-check',
			'camera-view-clear-papers',
			'headset-for-meetings',
			'generative-ai-no-confidential-input',
			'personal-data-approved-systems-only'
		])
			expect(must, id).toContain(id);
		// No home router and no VPN in this situation; a personal phone goes home with its owner.
		for (const id of [
			'router-admin-password',
			'router-firmware-update',
			'vpn-connect-before-work',
			'erase-unneeded-files-before-home'
		])
			expect(all, id).not.toContain(id);
	});
});
