import { readFileSync } from 'node:fs';
import { seedDatabase, type DatabaseSnapshot } from '../helpers/seed-database';
import type { AnswerStatus } from '../../src/lib/domain/content/vocabulary';
import { expect, storedCount, test, waitForApp } from './fixtures';
import { statusRadio } from './steps';

const snapshot = (version: number) =>
	JSON.parse(readFileSync(`tests/fixtures/databases/v${version}.json`, 'utf8')) as DatabaseSnapshot;

for (const version of [1, 2]) {
	test(`a database left by version ${version} of the app opens in Chromium with every answer kept`, async ({
		page
	}) => {
		const seeded = snapshot(version);
		// A page of the app's origin that does not open the database, so the old one is made first.
		await page.goto('/robots.txt');
		await page.evaluate(seedDatabase, seeded);
		await page.goto('/checklist/owner');
		await waitForApp(page, 'ja');

		const answers = seeded.stores.answers?.records as { itemId: string; status: AnswerStatus }[];
		for (const { itemId, status } of answers) {
			await expect(statusRadio(page, itemId, status)).toBeChecked();
		}
		expect(await page.evaluate(() => indexedDB.databases())).toEqual([
			{ name: 'telework-check', version: 4 }
		]);
		expect(await storedCount(page, 'answers')).toBe(answers.length);
		expect(await storedCount(page, 'quarantine')).toBe(0);
		// Version 1's answers are also kept as they were, before their conversion.
		expect(await storedCount(page, 'backup_v1')).toBe(seeded.version === 1 ? answers.length : 0);
	});
}
