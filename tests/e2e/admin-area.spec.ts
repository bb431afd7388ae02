// axe runs on /admin and every admin page in both languages in a11y.spec.ts (ROUTES).
import { expect, test, waitForApp } from './fixtures';
import { tabTo } from './keyboard-moves';

// The organisation admin's pages, in the order of the work, with the menu's label for each.
const STEPS = [
	['/org', 'ポリシー'],
	['/org/edit', 'ポリシー'],
	['/meeting-apps', '会議アプリの審査'],
	['/summaries', '状況を集める'],
	['/dashboard', '組織の状況']
] as const;

test("the admin's checklist leads to the admin area; the menu marks where the admin is", async ({
	page,
	server
}) => {
	await page.goto(server.url + '/checklist/admin');
	await waitForApp(page, 'ja');
	const steps = page.getByRole('main').getByRole('navigation', { name: '組織の管理の手順' });
	await expect(steps.getByRole('link')).toHaveText([
		'1 ポリシー',
		'2 会議アプリの審査',
		'3 状況を集める',
		'4 組織の状況'
	]);
	await page.getByRole('main').getByRole('link', { name: '組織の管理', exact: true }).click();
	await expect(page).toHaveURL(/\/admin$/);
	await waitForApp(page, 'ja');
	const menu = page.getByRole('navigation', { name: 'メインメニュー' });
	await expect(menu.getByRole('link', { name: '組織の管理' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('組織の管理');

	for (const [path, current] of STEPS) {
		await page.goto(server.url + path);
		await waitForApp(page, 'ja');
		// The area is marked in the main menu, the page in the admin's steps.
		await expect(menu.getByRole('link', { name: '組織の管理' })).toHaveAttribute(
			'aria-current',
			'true'
		);
		const header = page.getByRole('banner').getByRole('navigation', { name: '組織の管理の手順' });
		await expect(header.locator('[aria-current="page"]')).toHaveText(new RegExp(current));
		await expect(header.locator('[aria-current]')).toHaveCount(1);
	}
});

test('staff pages show one menu entry for the admin area, not its steps', async ({
	page,
	server
}) => {
	for (const path of ['/', '/checklist/employee', '/settings']) {
		await page.goto(server.url + path);
		await waitForApp(page, 'ja');
		const menu = page.getByRole('navigation', { name: 'メインメニュー' });
		await expect(menu.getByRole('link', { name: '組織の管理' })).toBeVisible();
		await expect(menu.getByRole('link', { name: '組織の管理' })).not.toHaveAttribute(
			'aria-current'
		);
		await expect(page.getByRole('navigation', { name: '組織の管理の手順' })).toHaveCount(0);
	}
});

test("with the keyboard: skip the menus, or walk from the owner's checklist into the admin area", async ({
	page,
	server
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(server.url + '/meeting-apps');
	await waitForApp(page, 'ja');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	await page.goto(server.url + '/checklist/owner');
	await waitForApp(page, 'ja');
	const collect = page.getByRole('main').getByRole('link', { name: '状況を集める' });
	await tabTo(page, collect);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/summaries$/);
	await waitForApp(page, 'ja');
	await expect(
		page.getByRole('navigation', { name: '組織の管理の手順' }).locator('[aria-current="page"]')
	).toHaveText(/状況を集める/);
});
