// What a person does in the app, as steps the specs share. The words come from the app's own
// message catalogues, so a reworded label changes here, not in every spec.
import type { Locator, Page } from '@playwright/test';
import type {
	AnswerStatus,
	DeviceType,
	Fact,
	Method,
	Network,
	OperatingSystem,
	Ownership,
	Place
} from '../../src/lib/domain/content/vocabulary';
import { context } from '../../src/lib/i18n/features/context';
import { employee } from '../../src/lib/i18n/features/employee';
import { wizard } from '../../src/lib/i18n/features/wizard';
import { checklistText } from '../../src/lib/i18n/features/checklist';
import { shell } from '../../src/lib/i18n/features/shell';
import { expect } from './fixtures';

type Lang = 'ja' | 'en';

/** How the checklist names an answer status ('対応済み', 'Done', …). */
export function statusLabel(status: AnswerStatus, lang: Lang = 'ja'): string {
	return shell[lang][`status.${status}`];
}

/** What an item says once its answer is stored ('保存しました'). */
export const savedLabel = (lang: Lang = 'ja'): string => checklistText[lang]['save.saved'];

/** The status choice `status` of the checklist item `id` on the page (or within `scope`). */
export function statusRadio(
	scope: Page | Locator,
	id: string,
	status: AnswerStatus,
	lang: Lang = 'ja'
): Locator {
	return scope
		.locator(`article[data-item-id="${id}"]`)
		.getByRole('radio', { name: statusLabel(status, lang) });
}

/** Answers the checklist item `id` and waits until it says the answer is saved. */
export async function answer(
	page: Page,
	id: string,
	status: AnswerStatus,
	lang: Lang = 'ja'
): Promise<void> {
	await statusRadio(page, id, status, lang).check();
	await expect(page.getByTestId(`save-${id}`)).toHaveText(savedLabel(lang));
}

/** A device as the set-up questions describe it, in their order. */
export interface Device {
	ownership: Ownership;
	deviceType: DeviceType;
	os: OperatingSystem;
	networks: Network[];
	places: Place[];
	methods: Method[];
	/** The meeting apps by the names the set-up lists them under. */
	apps: string[];
	facts: Fact[];
}

const companyLaptop: Device = {
	ownership: 'issued',
	deviceType: 'pc',
	os: 'windows',
	networks: ['home-wifi'],
	places: ['own-room'],
	methods: [],
	apps: [],
	facts: []
};

/** Devices the specs set up; a spec that needs another changes one (`{ ...DEVICES.x, os }`). */
export const DEVICES = {
	/** A company Windows laptop in a room of one's own at home; no way in, app or fact chosen. */
	companyLaptop,
	/** The same as a Mac. */
	companyMac: { ...companyLaptop, os: 'macos' },
	/** One's own Windows laptop in a room of one's own at home, into work by VPN, with Zoom. */
	personalLaptop: { ...companyLaptop, ownership: 'personal', methods: ['vpn'], apps: ['Zoom'] },
	/** A company iPhone at home, straight to cloud services, with Teams. */
	companyIphone: {
		...companyLaptop,
		deviceType: 'smartphone',
		os: 'ios',
		methods: ['cloud-direct'],
		apps: ['Microsoft Teams']
	}
} satisfies Record<string, Device>;

/** The labels to choose, one list per set-up question, as `setUp` answers them. */
function choices(device: Device): string[][] {
	const label = (key: keyof typeof context.ja) => context.ja[key];
	return [
		[label(`ctx.ownership.${device.ownership}`)],
		[label(`ctx.deviceType.${device.deviceType}`), label(`ctx.os.${device.os}`)],
		device.networks.map((network) => label(`ctx.networks.${network}`)),
		device.places.map((place) => label(`ctx.places.${place}`)),
		device.methods.map((method) => label(`ctx.methods.${method}`)),
		device.apps,
		device.facts.map((fact) => label(`ctx.facts.${fact}`))
	];
}

/** Answers the set-up questions (in Japanese) for `device`, names it and opens its checklist. */
export async function setUp(page: Page, device: Device, name: string): Promise<void> {
	for (const labels of choices(device)) {
		for (const label of labels) await page.getByLabel(label, { exact: true }).check();
		await page.getByRole('button', { name: wizard.ja['wizard.next'] }).click();
	}
	await page.getByLabel(wizard.ja['wizard.nameLabel']).fill(name);
	await page.getByRole('button', { name: wizard.ja['wizard.finish'] }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(employee.ja['employee.title']);
	await expect(page.locator('section[aria-labelledby="tier-must"]')).toBeVisible();
}

/** On /org/edit (Japanese): the least a policy needs, the organisation's name and one help desk. */
export async function fillPolicyBasics(page: Page): Promise<void> {
	await page.getByLabel('組織の名前（日本語）').fill('例示商事');
	await page.getByRole('button', { name: '相談窓口を追加' }).click();
	await page.getByLabel('窓口の名前（日本語）').fill('情報システム担当');
	await page.getByLabel('電話番号').fill('03-0000-0000');
}
