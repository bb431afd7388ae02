import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { seedDatabase, type DatabaseSnapshot } from '../helpers/seed-database.ts';
import { startServer, type StaticServer } from '../helpers/static-server.ts';
import {
	answer,
	checkedStatus,
	databaseVersion,
	open,
	setUp,
	storedCount,
	storedRecord,
	type Status,
	textOf,
	valueOf,
	waitForDownload,
	waitForApp,
	waitForServiceWorker,
	waitForStatus,
	waitForText
} from './app-steps.ts';
import { shiftClock } from './page-scripts.ts';
import { pollFor } from './poll.ts';
import { launch } from './sessions.ts';
import type { EngineName, EngineSession, Tab } from './tab.ts';

/** Where a failed test leaves a picture of its tab. */
const SHOTS = 'test-results/engines';

/** The owner's checklist answers on the default device profile without any set-up first. */
const OWNER = '/checklist/owner';
const OWNER_ITEM = 'telework-rules-written';

/** A personal Windows laptop on home Wi-Fi, in a room of one's own: the set-up answers. */
const LAPTOP = [
	['自分の（私物の）端末'],
	['パソコン', 'Windows'],
	['自宅のWi-Fi'],
	['自分だけの部屋'],
	[],
	[],
	[]
];

/**
 * The admin fills in the policy form (labels and what to type), saves the draft and publishes
 * version 1: the link to hand out and the policy file the app saved.
 */
async function publishPolicy(
	admin: Tab,
	url: string,
	fields: Record<string, string>
): Promise<{ link: string; pack: { orgId: string; rules?: { version: number } } }> {
	await open(admin, url + '/org/edit');
	for (const [label, text] of Object.entries(fields)) await admin.type({ label }, text);
	await admin.click({ text: '下書きを保存', css: 'button' });
	await waitForText(admin, '[data-testid="edit-status"]', '下書きを保存しました');
	await open(admin, url + '/org');
	await admin.click({ text: '第1版として公開し、ファイルを保存', css: 'button' });
	const link = await pollFor(
		async () => (await valueOf(admin, '[data-testid="share-link"]')).match(/#pack=.+/)?.[0],
		'the policy link'
	);
	return { link, pack: JSON.parse((await waitForDownload(admin)).text) };
}

/** The employee follows the policy link and sets up the laptop. */
async function followAndSetUp(employee: Tab, url: string, link: string): Promise<void> {
	await open(employee, `${url}/org${link}`);
	await employee.click({ text: 'このポリシーを使う', css: 'button' });
	await waitForText(employee, '[data-testid="active-org"]', '例示商事');
	await open(employee, url + '/setup');
	await setUp(employee, LAPTOP, '私物のノート');
}

/**
 * The flows a person cannot lose, with the same assertions in every engine: each test gets a
 * server of its own, so a new origin and an empty browser storage.
 */
export function criticalFlows(engine: EngineName): void {
	describe(`critical flows in ${engine}`, () => {
		let session: EngineSession;
		let servers: StaticServer[] = [];
		const serve = async () => {
			const server = await startServer();
			servers.push(server);
			return server;
		};
		const tab = () => session.tab;
		const files = mkdtempSync(join(tmpdir(), `engines-${engine}-`));
		const saveFile = (name: string, text: string) => {
			const path = join(files, name);
			writeFileSync(path, text);
			return path;
		};

		beforeAll(async () => {
			session = await launch(engine);
		}, 60_000);
		afterAll(async () => session?.close());
		beforeEach(async () => {
			// Each test answers for its own errors only.
			await tab().takeErrors();
		});
		afterEach(async (context) => {
			if (context.task.result?.state === 'fail') {
				mkdirSync(SHOTS, { recursive: true });
				const name = `${engine}-${context.task.name.replace(/[^\w]+/g, '-').slice(0, 80)}.png`;
				await tab()
					.screenshot(join(SHOTS, name))
					.catch(() => undefined);
				console.log(
					`${engine}: ${await tab()
						.evaluate(() => document.body.innerText.slice(0, 2000))
						.catch(String)}`
				);
			}
			await Promise.all(servers.map((s) => s.stop()));
			servers = [];
		});

		test('installs, then opens the start page and a checklist with the server stopped', async () => {
			const server = await serve();
			await open(tab(), server.url + '/');
			await waitForServiceWorker(tab());
			await server.stop();

			await tab().reload();
			await waitForApp(tab());
			expect(await textOf(tab(), 'h1')).toBe(
				'テレワークのセキュリティを、自分の環境に合わせて点検'
			);
			await open(tab(), server.url + OWNER);
			await pollFor(
				() => tab().evaluate(() => document.querySelectorAll('article[data-item-id]').length > 10),
				'the checklist items'
			);
			expect(await tab().takeErrors()).toEqual([]);
		});

		test('set-up, answer, "保存しました", and the answer is still there after a reload', async () => {
			const server = await serve();
			await open(tab(), server.url + '/setup');
			await setUp(
				tab(),
				[
					['自分の（私物の）端末'],
					['パソコン', 'Windows'],
					['自宅のWi-Fi'],
					['自分だけの部屋'],
					[],
					[],
					[]
				],
				'私のPC'
			);
			await answer(tab(), 'os-auto-update', 'done');
			await answer(tab(), 'screen-lock', 'not-yet');
			await tab().reload();
			await waitForApp(tab());
			await waitForStatus(tab(), 'os-auto-update', 'done');
			expect(await checkedStatus(tab(), 'screen-lock')).toBe('not-yet');
			expect(await storedCount(tab(), 'answers')).toBe(2);
			expect(await storedCount(tab(), 'profiles')).toBe(1);
			expect(await tab().takeErrors()).toEqual([]);
		});

		test('a backup is downloaded, everything erased, and the backup restores the answer', async () => {
			const server = await serve();
			await open(tab(), server.url + OWNER);
			await answer(tab(), OWNER_ITEM, 'done');
			await open(tab(), server.url + '/settings');
			await tab().click({ text: 'バックアップをダウンロード', css: 'button' });
			const backup = await waitForDownload(tab());
			expect(backup.name).toMatch(/^telework-check-backup-\d{4}-\d{2}-\d{2}\.json$/);
			expect(JSON.parse(backup.text).answers).toHaveLength(1);

			await tab().click({ text: 'データをすべて消す…', css: 'button' });
			await tab().click({ text: 'すべて消す', css: 'button' });
			// The language choice went with everything else: the notice is in the browser's language.
			await waitForText(tab(), '[data-testid="erased-notice"]', '');
			expect(await textOf(tab(), '[data-testid="erased-notice"]')).toMatch(
				/この端末に保存していたデータを、すべて消しました。|Everything the app stored on this device has been erased\./
			);
			await open(tab(), server.url + OWNER);
			await pollFor(
				() =>
					tab().evaluate(
						(css) => document.querySelector(css) !== null,
						`article[data-item-id="${OWNER_ITEM}"]`
					),
				'the item'
			);
			expect(await checkedStatus(tab(), OWNER_ITEM)).toBeNull();

			await open(tab(), server.url + '/settings');
			await tab().setFiles({ label: 'バックアップのファイルを選ぶ' }, [
				saveFile(backup.name, backup.text)
			]);
			await waitForText(tab(), '[data-testid="restore-answers"]', '1');
			await tab().click({ text: 'このバックアップで置き換える', css: 'button' });
			await waitForText(tab(), '[role="status"]', 'バックアップを復元しました');
			await open(tab(), server.url + OWNER);
			await waitForStatus(tab(), OWNER_ITEM, 'done');
			expect(await tab().takeErrors()).toEqual([]);
		});

		test('a policy link is followed, a summary sent as a file, and the admin imports it', async () => {
			const adminServer = await serve();
			const admin = tab();
			await open(admin, adminServer.url + '/org/edit');
			await admin.type({ label: '組織の名前（日本語）' }, '例示商事');
			await admin.click({ text: '下書きを保存', css: 'button' });
			await waitForText(admin, '[data-testid="edit-status"]', '下書きを保存しました');
			await open(admin, adminServer.url + '/org');
			await admin.click({ text: '第1版として公開し、ファイルを保存', css: 'button' });
			const packLink = await pollFor(
				async () => (await valueOf(admin, '[data-testid="share-link"]')).match(/#pack=.+/)?.[0],
				'the policy link'
			);
			const fingerprint = await textOf(
				admin,
				'[data-testid="active-policy"] [data-testid="pack-fingerprint"]'
			);
			expect(fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);

			// The employee's browser: another origin, so storage of its own.
			const employeeServer = await serve();
			const employee = await session.newTab();
			try {
				await open(employee, `${employeeServer.url}/org${packLink}`);
				await waitForText(employee, '[data-testid="pack-fingerprint"]', fingerprint);
				await employee.click({ text: 'このポリシーを使う', css: 'button' });
				await waitForText(employee, '[data-testid="active-org"]', '例示商事');
				await open(employee, employeeServer.url + '/setup');
				await setUp(
					employee,
					[
						['自分の（私物の）端末'],
						['パソコン', 'Windows'],
						['自宅のWi-Fi'],
						['自分だけの部屋'],
						[],
						[],
						[]
					],
					'私物のノート'
				);
				await answer(employee, 'os-auto-update', 'done');
				await employee.click({ text: 'この端末の状況を会社の担当の人に送る', css: 'a' });
				await waitForApp(employee);
				await employee.click({ text: 'ファイルを保存する', css: 'button' });
				const summary = await waitForDownload(employee);
				await waitForText(employee, '[data-testid="summary-saved"]', '保存しました');
				const sent = JSON.parse(summary.text);
				expect(sent.org.packFingerprint).toBe(fingerprint);
				expect(sent.answers).toContainEqual(
					expect.objectContaining({ itemId: 'os-auto-update', status: 'done' })
				);

				await open(admin, adminServer.url + '/summaries');
				await admin.setFiles({ label: '取り込むファイルを選ぶ（複数可）' }, [
					saveFile(summary.name, summary.text)
				]);
				await waitForText(admin, '[data-testid="import-status"]', '検査の結果: 受け入れ 1件');
				await admin.click({ text: '受け入れた1件を保存する', css: 'button' });
				await waitForText(admin, '[data-testid="import-status"]', '✓ 保存しました。');
				expect(await storedCount(admin, 'summaries')).toBe(1);
				expect(await storedCount(admin, 'tallies')).toBe(1);
				// The dashboard counts from the packed copy this engine just stored: 1 device, MUSTs open.
				await open(admin, adminServer.url + '/dashboard');
				await waitForText(admin, '[data-testid="org-meter"]', '0 / 1台');
				expect([...(await admin.takeErrors()), ...(await employee.takeErrors())]).toEqual([]);
			} finally {
				await employee.close();
			}
		});

		test("two tabs of one checklist show each other's answers, and the newest is kept", async () => {
			const server = await serve();
			const first = tab();
			const second = await session.newTab();
			try {
				for (const each of [first, second]) await open(each, server.url + OWNER);
				await answer(first, OWNER_ITEM, 'done');
				await waitForStatus(second, OWNER_ITEM, 'done');
				await answer(second, OWNER_ITEM, 'not-yet');
				await waitForStatus(first, OWNER_ITEM, 'not-yet');
				await answer(first, OWNER_ITEM, 'unknown');
				await waitForStatus(second, OWNER_ITEM, 'unknown');
				expect(await storedRecord(first, 'answers', ['default', OWNER_ITEM])).toMatchObject({
					status: 'unknown',
					revision: 3
				});
			} finally {
				await second.close();
			}
		});

		for (const version of [1, 2]) {
			test(`a database left by version ${version} of the app opens with every answer kept`, async () => {
				const server = await serve();
				const snapshot = JSON.parse(
					readFileSync(`tests/fixtures/databases/v${version}.json`, 'utf8')
				) as DatabaseSnapshot;
				// A file of the app's origin that does not open the database: the old one comes first.
				await tab().goto(server.url + '/robots.txt');
				await tab().evaluate(seedDatabase, snapshot);
				await open(tab(), server.url + OWNER);
				const answers = (snapshot.stores.answers?.records ?? []) as {
					itemId: string;
					status: Status;
				}[];
				expect(answers.length).toBeGreaterThan(0);
				for (const { itemId, status } of answers) await waitForStatus(tab(), itemId, status);
				expect(await storedCount(tab(), 'answers')).toBe(answers.length);
				expect(await storedCount(tab(), 'quarantine')).toBe(0);
				expect(await databaseVersion(tab())).toBe(4);
			});
		}

		test('the home page asks for the rules to be read; they are acknowledged, kept, and sent with the next summary', async () => {
			const adminServer = await serve();
			const { link, pack } = await publishPolicy(tab(), adminServer.url, {
				'組織の名前（日本語）': '例示商事',
				'きまりの文章（日本語、1万字まで）':
					'仕事は会社のパソコンでします。顧客の情報は自宅で印刷しません。'
			});
			expect(pack.rules).toMatchObject({ version: 1 });

			const employeeServer = await serve();
			const employee = await session.newTab();
			try {
				await followAndSetUp(employee, employeeServer.url, link);
				await open(employee, employeeServer.url + '/');
				await waitForText(
					employee,
					'[data-testid="rules-awaiting"]',
					'例示商事 のテレワークのきまり（第1版）を読んで、確認してください。'
				);
				await employee.click({ text: 'きまりを読む', css: '[data-testid="rules-awaiting"] a' });
				await waitForText(
					employee,
					'[data-testid="telework-rules"]',
					'顧客の情報は自宅で印刷しません。'
				);
				await employee.click({ text: 'きまりを読みました。守ります', css: 'button' });
				await waitForText(employee, '[data-testid="rules-status"]', '確認を記録しました（第1版）');
				const ack = (await storedRecord(employee, 'settings', 'rules-ack')) as {
					value: { orgId: string; version: number; at: string };
				};
				expect(ack.value).toMatchObject({ orgId: pack.orgId, version: 1 });

				await employee.reload();
				await waitForApp(employee);
				await waitForText(employee, '[data-testid="rules-status"]', '第1版を確認しました');
				// The home page reads the acknowledgement with the due dates: once these show, so has it.
				await open(employee, employeeServer.url + '/');
				await waitForText(employee, '[data-testid="device-due"]', 'まだ点検結果を送っていません');
				expect(
					await employee.evaluate(() => document.querySelector('[data-testid="rules-awaiting"]'))
				).toBeNull();

				await open(employee, employeeServer.url + '/summary');
				await waitForText(employee, '[data-testid="summary-rules"]', 'テレワークのきまり: 第1版を');
				await employee.click({ text: 'ファイルを保存する', css: 'button' });
				const summary = await waitForDownload(employee);
				await waitForText(employee, '[data-testid="summary-saved"]', '保存しました');
				expect(JSON.parse(summary.text)).toMatchObject({
					formatVersion: 2,
					org: { orgId: pack.orgId },
					rulesAck: { version: pack.rules?.version, at: ack.value.at }
				});
				expect([...(await tab().takeErrors()), ...(await employee.takeErrors())]).toEqual([]);
			} finally {
				await employee.close();
			}
		});

		test('the next check goes into a calendar file: one all-day event with an alarm, on the day counted by hand', async () => {
			const adminServer = await serve();
			const { link } = await publishPolicy(tab(), adminServer.url, {
				'組織の名前（日本語）': '例示商事',
				'点検を見直す間隔（日、7〜730）': '30'
			});
			const employeeServer = await serve();
			const employee = await session.newTab();
			try {
				await followAndSetUp(employee, employeeServer.url, link);
				await open(employee, employeeServer.url + '/');
				await waitForText(employee, '[data-testid="device-due"]', 'まだ点検結果を送っていません');
				// The device's calendar shows 10 February 2028 from here on (the app's links keep the page).
				// Counted by hand, 30 days on in a leap year: 19 days to 29 February, 11 more: 11 March.
				await employee.evaluate(shiftClock, '2028-02-10T12:00:00Z');
				await employee.click({ text: '点検結果を送る', css: '[data-testid="device-due"] a' });
				await waitForText(employee, '[data-testid="summary-preview"] dl', '');
				await employee.click({ text: 'ファイルを保存する', css: 'button' });
				const summary = JSON.parse((await waitForDownload(employee)).text);
				expect(summary.createdAt).toMatch(/^2028-02-10T/);
				expect(summary.validUntil).toBe('2028-03-11');

				await employee.click({ text: 'ホーム', css: 'header a' });
				await waitForText(employee, '[data-testid="device-due"]', 'まで有効');
				await employee.click({ text: 'カレンダーに期限を入れる', css: 'button' });
				const file = await waitForDownload(employee, 2);
				expect(file.name).toBe('telework-check-2028-02-10.ics');
				const calendar = new ICAL.Component(ICAL.parse(file.text));
				expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
				const events = calendar.getAllSubcomponents('vevent');
				expect(events).toHaveLength(1);
				for (const event of events) expect(event.getAllSubcomponents('valarm')).toHaveLength(1);
				const [next] = events.map((v) => new ICAL.Event(v));
				expect(next!.startDate.isDate).toBe(true);
				expect(next!.startDate.toString()).toBe('2028-03-11');
				expect(next!.summary).toBe('点検の期限（私物のノート）');
				expect([...(await tab().takeErrors()), ...(await employee.takeErrors())]).toEqual([]);
			} finally {
				await employee.close();
			}
		});

		test('Settings says what this browser does with the request to keep the data', async () => {
			const server = await serve();
			await open(tab(), server.url + OWNER);
			await answer(tab(), OWNER_ITEM, 'done');
			await open(tab(), server.url + '/settings');
			const expected = {
				// Asked after the first save; under automation Firefox leaves its question unanswered.
				firefox: 'ブラウザは、空き容量が少ないときなどに保存した答えを消すことがあります。',
				// WebKitGTK with the Storage API switched on answers "not persisted".
				webkit: 'ブラウザは、空き容量が少ないときなどに保存した答えを消すことがあります。'
			}[engine];
			await waitForText(tab(), 'main', expected);
			expect(await tab().takeErrors()).toEqual([]);
		});
	});
}
