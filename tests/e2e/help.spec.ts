import { readFile } from 'node:fs/promises';
import type { BrowserContext } from '@playwright/test';
import helpJa from '../../src/lib/i18n/features/help.ja';
import helpEn from '../../src/lib/i18n/features/help.en';
import { helpNote } from '../../src/lib/i18n/features/help-note';
import { shell } from '../../src/lib/i18n/features/shell';
import { SITUATIONS } from '../../src/routes/help/situations';
import {
	expect,
	inLanguage,
	ROUTES,
	test,
	waitForApp,
	waitForServiceWorker,
	expectNoViolations
} from './fixtures';

const help = { ja: { ...helpJa, ...helpNote.ja }, en: { ...helpEn, ...helpNote.en } };
const LANGS = [
	['ja-JP', 'ja'],
	['en-US', 'en']
] as const;

/** Every URL the context asks for from now on (page and service worker), except in-memory ones. */
function recordRequests(context: BrowserContext): string[] {
	const urls: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('blob:') && !url.startsWith('data:')) urls.push(url);
	});
	return urls;
}

for (const [locale, lang] of LANGS) {
	test.describe(lang, () => {
		test.use({ locale });
		const text = { ...shell[lang], ...help[lang] };

		test('the header link reaches the help page from every page, the footer links it too', async ({
			page
		}) => {
			for (const route of ROUTES) {
				await page.goto(inLanguage(route, lang));
				await waitForApp(page, lang);
				await expect(
					page.getByRole('contentinfo').getByRole('link', { name: text['help.link'] }),
					route
				).toHaveAttribute('href', inLanguage('/help', lang));
				await page.getByRole('banner').getByRole('link', { name: text['help.link'] }).click();
				await expect(page, route).toHaveURL(new RegExp(`${inLanguage('/help', lang)}$`));
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(text['help.title']);
				await expect(
					page.getByRole('banner').getByRole('link', { name: text['help.link'] })
				).toHaveAttribute('aria-current', 'page');
			}
		});

		test('every situation has its own linkable section with steps, contact and note', async ({
			page
		}) => {
			await page.goto('/help');
			await waitForApp(page, lang);
			await expect(page.getByRole('heading', { name: text['help.noBlame.heading'] })).toBeVisible();
			const toc = page.getByRole('navigation', { name: text['help.toc'] });
			for (const situation of SITUATIONS) {
				const section = page.locator(`section#${situation.id}`);
				await expect(section.getByRole('heading', { level: 2 })).toHaveText(text[situation.title]);
				await expect(section).toHaveAccessibleName(text[situation.title]);
				for (const part of ['help.firstSteps', 'help.contact', 'help.writeDown'] as const) {
					await expect(section.getByRole('heading', { level: 3, name: text[part] })).toBeVisible();
				}
				const steps = section.locator('ol > li');
				expect(situation.steps.length).toBeGreaterThanOrEqual(2);
				expect(situation.steps.length).toBeLessThanOrEqual(5);
				await expect(steps).toHaveText(situation.steps.map((key) => text[key]));
				for (const field of situation.note) {
					await expect(section.getByLabel(text[field.label], { exact: true })).toBeEditable();
				}
				await toc.getByRole('link', { name: text[situation.title] }).click();
				await expect(page).toHaveURL(new RegExp(`/help#${situation.id}$`));
				await expect(section).toBeInViewport();
			}
			// A link from a mail or another page lands on the section.
			await page.goto('/');
			await page.goto('/help#isp-warning');
			await waitForApp(page, lang);
			await expect(page.locator('section#isp-warning')).toBeInViewport();
		});
	});
}

test.describe('the write-down note', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('is copied and downloaded with what was typed, and nothing goes over the network', async ({
		page,
		context
	}) => {
		await page.goto('/help');
		await waitForApp(page, 'ja');
		// Let the service worker finish its precache first: those requests are not the note's.
		await waitForServiceWorker(page);
		const requests = recordRequests(context);

		const section = page.locator('section#suspicious-link');
		const text = help.ja;
		await section.getByLabel(text['help.phish.what']).fill('件名「請求書の確認」、差出人 経理部');
		await section.getByLabel(text['help.field.when'], { exact: true }).fill('今日 9時半ごろ');
		await section
			.getByLabel(text['help.field.device'], { exact: true })
			.fill('会社のノートパソコン');
		await section.getByLabel(text['help.phish.clicked']).fill('リンクを開いてIDを入力した');
		await section
			.getByLabel(text['help.field.since'], { exact: true })
			.fill('Wi-Fiを切った\nパスワードを変えた');

		await section.getByRole('button', { name: text['help.note.copy'] }).click();
		await expect(section.getByRole('status')).toHaveText(text['help.note.copied']);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		for (const expected of [
			text['help.phish.title'],
			'件名「請求書の確認」、差出人 経理部',
			'今日 9時半ごろ',
			'会社のノートパソコン',
			'リンクを開いてIDを入力した',
			'Wi-Fiを切った\nパスワードを変えた'
		]) {
			expect(copied).toContain(expected);
		}

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			section.getByRole('button', { name: text['help.note.download'] }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			/^telework-check-note-suspicious-link-\d{4}-\d{2}-\d{2}\.txt$/
		);
		const saved = await readFile((await download.path())!, 'utf8');
		expect(saved).toContain('リンクを開いてIDを入力した');
		expect(saved).toContain(text['help.note.writtenAt']);
		await expect(section.getByRole('status')).toHaveText(text['help.note.downloaded']);

		expect(requests).toEqual([]);
	});

	test('shows the text to copy by hand when the clipboard refuses', async ({ page }) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
		});
		await page.goto('/help');
		await waitForApp(page, 'ja');
		const section = page.locator('section#lost-device');
		await section.getByLabel(help.ja['help.lost.where']).fill('駅のベンチ');
		await section.getByRole('button', { name: help.ja['help.note.copy'] }).click();
		await expect(section.getByRole('status')).toHaveText(help.ja['help.note.copyFailed']);
		await expect(section.getByLabel(help.ja['help.note.preview'])).toHaveValue(/駅のベンチ/);
	});
});

test('without an org help desk a placeholder asks for one, and the own note is kept', async ({
	page
}) => {
	const text = help.ja;
	await page.goto('/help');
	await waitForApp(page, 'ja');
	const placeholder = page.getByTestId('help-desk-placeholder');
	await expect(placeholder).toContainText(text['help.contacts.none']);
	await expect(page.locator('section#lost-device')).toContainText(text['help.contacts.noneShort']);

	const field = placeholder.getByLabel(text['help.contacts.ownLabel']);
	await field.fill('情報システム担当 鈴木さん 03-1234-5678');
	await expect(placeholder.getByRole('status')).toHaveText(text['help.contacts.saved']);

	await page.reload();
	await waitForApp(page, 'ja');
	await expect(field).toHaveValue('情報システム担当 鈴木さん 03-1234-5678');
	for (const situation of SITUATIONS) {
		await expect(page.locator(`section#${situation.id}`).getByTestId('own-contact')).toHaveText(
			'情報システム担当 鈴木さん 03-1234-5678'
		);
	}
});

for (const [locale, lang] of LANGS) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`${lang}, ${colorScheme}`, () => {
			test.use({ locale, colorScheme });

			test('the help page has no WCAG 2.2 AA violation, before and after use', async ({ page }) => {
				await page.addInitScript(() => {
					navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
				});
				await page.goto('/help');
				await waitForApp(page, lang);
				await expectNoViolations(page, `/help (${lang}, ${colorScheme})`);

				const text = { ...shell[lang], ...help[lang] };
				await page.getByLabel(text['help.contacts.ownLabel']).fill('IT 03-1234-5678');
				const section = page.locator('section#strange-device');
				await section.getByLabel(text['help.strange.what']).fill('Pop-ups');
				await section.getByRole('button', { name: text['help.note.copy'] }).click();
				await expect(section.getByLabel(text['help.note.preview'])).toBeVisible();
				await page.goto('/help#strange-device');
				await expect(page.locator('section#strange-device')).toBeInViewport();
				await expectNoViolations(page, `/help in use (${lang}, ${colorScheme})`);
			});
		});
	}
}
