import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type StaticServer } from '../helpers/static-server.ts';
import { answer, open, waitForText } from './app-steps.ts';
import { criticalFlows } from './critical-flows.ts';
import type { EngineSession } from './tab.ts';
import { launchWebKit } from './webkit-session.ts';

criticalFlows('webkit');

describe('WebKitGTK as it comes, without navigator.storage', () => {
	let session: EngineSession;
	let server: StaticServer;
	beforeAll(async () => {
		[session, server] = await Promise.all([launchWebKit({ storageApi: false }), startServer()]);
	}, 60_000);
	afterAll(async () => {
		await Promise.all([session?.close(), server?.stop()]);
	});

	test('answers are saved, and Settings says it cannot tell whether they are protected', async () => {
		const tab = session.tab;
		await open(tab, server.url + '/checklist/owner');
		expect(await tab.evaluate(() => 'storage' in navigator)).toBe(false);
		await answer(tab, 'telework-rules-written', 'done');
		await open(tab, server.url + '/settings');
		await waitForText(tab, 'main', 'このブラウザでは、保存の保護状態を確認できません。');
		expect(await tab.takeErrors()).toEqual([]);
	});
});
