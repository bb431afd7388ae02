import {
	expect,
	installWriteFailureSwitch,
	setWritesFail,
	storedCount,
	storedRecord,
	test,
	waitForApp
} from './fixtures';
import { answer, savedLabel, statusRadio } from './steps';

const ITEM = 'telework-rules-written';

test('an answer shown as saved survives a reload', async ({ page }) => {
	await page.goto('/checklist/owner');
	await waitForApp(page, 'ja');
	await statusRadio(page, ITEM, 'done').check();
	await expect(page.getByTestId('save-status')).toHaveText(/保存しました/);
	await expect(page.getByTestId(`save-${ITEM}`)).toHaveText(savedLabel());

	await page.reload();
	await waitForApp(page, 'ja');
	await expect(statusRadio(page, ITEM, 'done')).toBeChecked();
	await expect(page.locator('section[aria-labelledby="tier-must"] .progress')).toHaveText(
		/^1 \/ \d+ 件 対応済み$/
	);
});

test('the last of several quick changes is the one kept', async ({ page }) => {
	await page.goto('/checklist/owner');
	await waitForApp(page);
	for (const status of ['not-yet', 'unknown', 'not-applicable', 'done', 'not-yet'] as const) {
		await statusRadio(page, ITEM, status).check();
	}
	await expect(page.getByTestId(`save-${ITEM}`)).toHaveText(savedLabel());
	await page.reload();
	await waitForApp(page);
	await expect(statusRadio(page, ITEM, 'not-yet')).toBeChecked();
});

test('a failed write says "Not saved", keeps the answer and offers a backup', async ({ page }) => {
	await installWriteFailureSwitch(page, true);
	await page.goto('/checklist/owner');
	await waitForApp(page);
	await statusRadio(page, ITEM, 'done').check();

	await expect(page.getByTestId(`save-${ITEM}`)).toHaveText('保存できませんでした');
	await expect(page.getByTestId('save-status')).toHaveText('保存できませんでした');
	await expect(page.getByText('保存しました')).toHaveCount(0);
	await expect(statusRadio(page, ITEM, 'done')).toBeChecked();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'バックアップをダウンロード' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^telework-check-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const backup = JSON.parse(await (await download.createReadStream()).toArray().then(String));
	expect(backup).toMatchObject({ format: 'telework-check-backup', formatVersion: 1 });
	expect(backup.answers).toEqual([
		expect.objectContaining({ itemId: ITEM, status: 'done', profileId: 'default' })
	]);

	await setWritesFail(page, false);
	await page.getByRole('button', { name: 'もう一度保存する' }).click();
	await expect(page.getByTestId(`save-${ITEM}`)).toHaveText(savedLabel());
	await page.reload();
	await waitForApp(page);
	await expect(statusRadio(page, ITEM, 'done')).toBeChecked();
});

test('persistent storage is requested once, after the first save, and shown in Settings', async ({
	page
}) => {
	await page.addInitScript(() => {
		const w = window as unknown as { persistCalls: number; flagChecks: number };
		w.persistCalls = 0;
		w.flagChecks = 0;
		const persist = navigator.storage.persist.bind(navigator.storage);
		navigator.storage.persist = () => {
			w.persistCalls++;
			return persist();
		};
		// A positive control for "no second request": count each time the app read its "asked"
		// flag, but only once the request that read could lead to has had every chance to happen.
		// On reading the flag the app either stops or writes it (a readwrite transaction on
		// `settings`) and then calls persist(). A readwrite transaction on the same store opened
		// after that one cannot finish before it, and its `complete` event comes after the
		// microtasks that call persist() — so when the count moves, persist() was called or never will be.
		const get = IDBObjectStore.prototype.get;
		IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey) {
			const request = get.call(this, query);
			if (this.name === 'settings' && query === 'persistRequested') {
				const db = this.transaction.db;
				request.addEventListener('success', () =>
					setTimeout(() => {
						const after = db.transaction('settings', 'readwrite');
						after.objectStore('settings').count();
						after.addEventListener('complete', () => setTimeout(() => w.flagChecks++));
					})
				);
			}
			return request;
		} as typeof get;
	});
	await page.goto('/checklist/owner');
	await waitForApp(page);
	const calls = () =>
		page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);
	const flagChecks = () =>
		page.evaluate(() => (window as unknown as { flagChecks: number }).flagChecks);
	expect(await calls()).toBe(0);

	await answer(page, ITEM, 'done');
	await expect.poll(calls).toBe(1);
	await answer(page, ITEM, 'not-yet');
	await page.reload();
	await waitForApp(page);
	await answer(page, ITEM, 'done');
	// A new page: the remembered "asked" flag must stop a second request. Once the app has read
	// the flag after this save (and anything that read led to has run), no request was made.
	await expect.poll(flagChecks).toBe(1);
	expect(await calls()).toBe(0);

	await page.goto('/settings');
	await waitForApp(page);
	await expect(page.getByTestId('persist-state')).toHaveAttribute(
		'data-state',
		/^(persisted|best-effort)$/
	);
});

test('a newer version opening the database in another tab asks this one to reload', async ({
	page,
	context
}) => {
	await page.goto('/checklist/owner');
	await waitForApp(page);
	await answer(page, ITEM, 'done');

	// The "newer app" is a second tab that opens the database one version up.
	const other = await context.newPage();
	await other.goto('/about');
	const upgraded = await other.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('telework-check', 99);
				request.onsuccess = () => resolve(request.result.version);
				request.onerror = () => reject(request.error);
			})
	);
	expect(upgraded).toBe(99);
	// The upgrade went through with this tab's saved answer in it.
	expect(await storedRecord(other, 'answers', ['default', ITEM])).toMatchObject({ status: 'done' });
	await expect(page.getByText('別のタブで新しいバージョンのアプリが開かれました')).toBeVisible();
	await expect(page.getByRole('button', { name: '再読み込み' })).toBeVisible();
});

test('the language follows the browser, can be switched and is remembered', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ locale: 'en-US', baseURL });
	const page = await context.newPage();
	await page.goto('/');
	await waitForApp(page, 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Check your telework security, for your own setup'
	);
	await page.getByRole('button', { name: '日本語に切り替える' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'テレワークのセキュリティを、自分の環境に合わせて点検'
	);
	await page.reload();
	await waitForApp(page, 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('テレワーク');
	await context.close();
});

test('a reload forced in the middle of rapid edits keeps at least the last answer shown as "Saved"', async ({
	page
}) => {
	// Before the app starts: count every change of the item (its revision) and remember, in
	// sessionStorage (which outlives the reload), the revision and status shown as "Saved".
	await page.addInitScript((itemId) => {
		let revision = Number(sessionStorage.getItem('edits') ?? 0);
		document.addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			if (!input.closest(`article[data-item-id="${itemId}"]`)) return;
			sessionStorage.setItem('edits', String(++revision));
			sessionStorage.setItem(`status-${revision}`, input.value);
		});
		new MutationObserver(() => {
			const status = document.querySelector(`[data-testid="save-${itemId}"]`);
			if (status?.textContent?.trim() === '保存しました')
				sessionStorage.setItem('saved', String(revision));
		}).observe(document, { subtree: true, childList: true, characterData: true });
	}, ITEM);
	const values = ['done', 'not-yet', 'unknown'];
	let seed = 20261206;
	const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;

	for (let round = 0; round < 5; round++) {
		await page.goto('/checklist/owner');
		await waitForApp(page);
		await expect(page.locator(`article[data-item-id="${ITEM}"]`)).toBeVisible();
		const edits = 20;
		const reloadAfter = 5 + next(edits - 5);
		const gaps = Array.from({ length: edits }, () => next(25));
		const reloaded = page.waitForEvent('load');
		// Twenty quick changes with random gaps, and a reload in the middle of them, in the page.
		await page.evaluate(
			async ({ itemId, values, gaps, reloadAfter }) => {
				const article = document.querySelector(`article[data-item-id="${itemId}"]`)!;
				for (let i = 0; i < gaps.length; i++) {
					const current = article.querySelector<HTMLInputElement>('input:checked')?.value;
					const choice = values.filter((v) => v !== current)[i % 2]!;
					article.querySelector<HTMLInputElement>(`input[value="${choice}"]`)!.click();
					if (i + 1 === reloadAfter) {
						// Reloads as soon as this script returns: the last change is still in flight.
						setTimeout(() => location.reload());
						return;
					}
					await new Promise((resolve) => setTimeout(resolve, gaps[i]));
				}
			},
			{ itemId: ITEM, values, gaps, reloadAfter }
		);
		await reloaded;
		await waitForApp(page);
		const stored = (await storedRecord(page, 'answers', ['default', ITEM])) as
			{ revision: number; status: string } | undefined;
		const log = await page.evaluate(() => ({
			saved: Number(sessionStorage.getItem('saved') ?? 0),
			edits: Number(sessionStorage.getItem('edits'))
		}));
		const statusAt = (revision: number) =>
			page.evaluate((r) => sessionStorage.getItem(`status-${r}`), revision);
		expect(stored, `round ${round}`).toBeDefined();
		// Nothing older than the last "Saved", nothing newer than the last edit, and the status
		// stored is the one chosen at that revision.
		expect(stored!.revision).toBeGreaterThanOrEqual(log.saved);
		expect(stored!.revision).toBeLessThanOrEqual(log.edits);
		expect(stored!.status).toBe(await statusAt(stored!.revision));
		await expect(
			page.locator(`article[data-item-id="${ITEM}"] input[value="${stored!.status}"]`)
		).toBeChecked();
		expect(await storedCount(page, 'quarantine')).toBe(0);
		// The next round counts on from what was really stored.
		await page.evaluate((revision) => {
			sessionStorage.setItem('edits', String(revision));
			sessionStorage.setItem('saved', String(revision));
		}, stored!.revision);
	}
});

test('a connection closed under the app is reopened by the next save, which says "Saved" only once stored', async ({
	page
}) => {
	// Keep a handle on every connection the app opens, to close them as the browser might.
	await page.addInitScript(() => {
		const w = window as unknown as { connections: IDBDatabase[] };
		w.connections = [];
		const open = IDBFactory.prototype.open;
		IDBFactory.prototype.open = function (...args: Parameters<typeof open>) {
			const request = open.apply(this, args);
			request.addEventListener('success', () => w.connections.push(request.result));
			return request;
		};
	});
	await page.goto('/checklist/owner');
	await waitForApp(page);
	await answer(page, ITEM, 'not-yet');

	const closed = await page.evaluate(() => {
		const { connections } = window as unknown as { connections: IDBDatabase[] };
		for (const connection of connections) connection.close();
		return connections.length;
	});
	expect(closed).toBeGreaterThan(0);
	await answer(page, ITEM, 'done');
	expect(await storedRecord(page, 'answers', ['default', ITEM])).toMatchObject({
		status: 'done'
	});
});

test('a checklist open in two tabs shows each answer stored in the other, and the newest is kept', async ({
	context
}) => {
	const [first, second] = [await context.newPage(), await context.newPage()];
	for (const tab of [first, second]) {
		await tab.goto('/checklist/owner');
		await waitForApp(tab);
	}
	await answer(first, ITEM, 'done');
	await expect(statusRadio(second, ITEM, 'done')).toBeChecked();
	await answer(second, ITEM, 'not-yet');
	await expect(statusRadio(first, ITEM, 'not-yet')).toBeChecked();
	// The first tab's next change follows the second tab's, not its own older one.
	await answer(first, ITEM, 'unknown');
	await expect(statusRadio(second, ITEM, 'unknown')).toBeChecked();
	expect(await storedRecord(first, 'answers', ['default', ITEM])).toMatchObject({
		status: 'unknown',
		revision: 3
	});
});
