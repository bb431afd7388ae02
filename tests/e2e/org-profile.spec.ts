import { expect, expectNoViolationsInBoth, test, waitForApp } from './fixtures';

test("an owner without IT staff fits the list to a five-person cloud-only company: one list, admin's items in it, no VPN gateway", async ({
	page,
	server
}) => {
	// Four full-page accessibility scans in two languages of a long list: slow on a busy 2-core machine.
	test.setTimeout(120_000);
	await page.goto(server.url + '/checklist/owner');
	await waitForApp(page, 'ja');
	const form = page.getByTestId('org-profile-form');
	await expect(form).toBeVisible();
	// Before the profile: the owner's items only, at their base tiers.
	await expect(page.locator('[data-item-id="telework-rules-written"]')).toBeVisible();
	await expect(page.locator('[data-item-id="cloud-mfa-enforced"]')).toHaveCount(1);
	await expect(page.locator('[data-item-id="remote-access-gateway-patched"]')).toHaveCount(0);
	await expectNoViolationsInBoth(page, 'organisation profile, unanswered');

	// Saving with questions left open says which, and saves nothing.
	await form.getByRole('button', { name: 'この内容で一覧を合わせる' }).click();
	await expect(form.getByRole('alert')).toContainText('会社の人数');
	await expect(page.getByTestId('org-profile-summary')).toHaveCount(0);

	await form.getByLabel('会社（組織）の名前').fill('山田商店');
	await form.getByLabel('5人以下').check();
	await form.getByLabel(/いない（/).check();
	await form.getByLabel(/クラウドサービスを直接使う/).check();
	const yesNo = form.locator('fieldset').filter({ has: page.getByLabel('はい', { exact: true }) });
	await yesNo.nth(0).getByLabel('いいえ', { exact: true }).check();
	await yesNo.nth(1).getByLabel('はい', { exact: true }).check();
	await yesNo.nth(2).getByLabel('はい', { exact: true }).check();
	await form.getByRole('button', { name: 'この内容で一覧を合わせる' }).click();

	const summary = page.getByTestId('org-profile-summary');
	await expect(summary).toHaveText(
		'あなたの会社: 5人以下の会社、IT担当者がいない、お客様の個人情報を扱う、クラウドサービスを使う。つなぎ方: クラウドサービス。'
	);
	await expect(
		page.getByRole('heading', { name: 'この一覧は、次の会社の状況に合わせています' })
	).toBeFocused();
	// One list: the admin's help desk item stands for the owner's near-duplicate.
	await expect(page.locator('[data-item-id="helpdesk-contact-published"]')).toHaveCount(1);
	await expect(page.locator('[data-item-id="helpdesk-staff-time-allocated"]')).toHaveCount(0);
	// Cloud only: MFA on the cloud services is MUST, with the reason; no VPN gateway, no RDP.
	const mfa = page.locator('[data-item-id="cloud-mfa-enforced"]');
	await expect(mfa).toContainText('必須');
	await expect(mfa).toContainText('クラウドサービス');
	for (const id of [
		'remote-access-gateway-patched',
		'remote-access-mfa-required',
		'no-rdp-exposed-to-internet'
	])
		await expect(page.locator(`[data-item-id="${id}"]`)).toHaveCount(0);
	await expect(page.getByTestId('org-profile-combined')).toContainText('管理者の項目もこの一覧に');
	await expect(
		page
			.getByTestId('org-profile-combined')
			.getByRole('link', { name: '自分のパソコンやスマートフォンも点検する' })
	).toHaveAttribute('href', /\/checklist\/employee$/);
	await expectNoViolationsInBoth(page, 'organisation profile, answered');

	// Stored: after a reload the list still follows the profile, and the draft policy holds it.
	await page.reload();
	await waitForApp(page, 'ja');
	await expect(summary).toContainText('5人以下の会社');
	await expect(page.locator('[data-item-id="helpdesk-contact-published"]')).toHaveCount(1);
	await page.goto(server.url + '/checklist/admin');
	await waitForApp(page, 'ja');
	await expect(page.getByTestId('org-profile-summary')).toContainText('5人以下の会社');
	await expect(page.locator('[data-item-id="telework-rules-written"]')).toHaveCount(0);
});
