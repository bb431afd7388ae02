import { describe, expect, it } from 'vitest';
import { retriedTestLine, retriedTests } from '../../../scripts/retried-tests.js';

const CWD = '/repo';

/** One spec as Playwright's JSON reporter writes it (only the fields that matter here). */
const spec = (title: string, line: number, status: string, projectName = '') => ({
	title,
	file: 'update.spec.ts',
	line,
	tests: [{ projectName, status, results: [] }]
});

// The shape of test-results/e2e.json: files at the top, describe blocks nested inside them.
const REPORT = {
	config: { rootDir: '/repo/tests/e2e' },
	stats: { expected: 2, unexpected: 1, flaky: 2, skipped: 1 },
	suites: [
		{
			title: 'update.spec.ts',
			file: 'update.spec.ts',
			specs: [
				spec('first try', 10, 'expected'),
				spec('second try', 20, 'flaky'),
				spec('never', 30, 'unexpected'),
				spec('not run', 40, 'skipped')
			],
			suites: [
				{
					title: 'ja, dark',
					file: 'update.spec.ts',
					specs: [spec('first try too', 50, 'expected')],
					suites: [
						{
							title: 'phone',
							file: 'update.spec.ts',
							specs: [spec('on a retry, deep down', 60, 'flaky', 'chromium')]
						}
					]
				}
			]
		}
	]
};

describe('retriedTests', () => {
	it('names each test that passed only on a retry, with its describe blocks, and no other', () => {
		expect(retriedTests(REPORT, CWD)).toEqual([
			{ file: 'tests/e2e/update.spec.ts', line: 20, title: 'second try' },
			{
				file: 'tests/e2e/update.spec.ts',
				line: 60,
				title: 'ja, dark › phone › on a retry, deep down',
				project: 'chromium'
			}
		]);
	});

	it('finds none in a clean run, and none without a report', () => {
		const clean = { ...REPORT, suites: [{ ...REPORT.suites[0]!, specs: [], suites: [] }] };
		expect(retriedTests(clean, CWD)).toEqual([]);
		expect(retriedTests(undefined, CWD)).toEqual([]);
	});

	it('prints a test the way Playwright names it', () => {
		const [plain, withProject] = retriedTests(REPORT, CWD);
		expect(retriedTestLine(plain!)).toBe('tests/e2e/update.spec.ts:20 › second try');
		expect(retriedTestLine(withProject!)).toBe(
			'tests/e2e/update.spec.ts:60 › ja, dark › phone › on a retry, deep down [chromium]'
		);
	});
});
