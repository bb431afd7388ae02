// The browser tests that passed only on a retry, read from Playwright's JSON report, so that
// `npm test` can name each one: a retry that hides a flaky test should be seen, not absorbed.
import { join, relative } from 'node:path';

/**
 * @typedef {{ title: string, file: string, line: number, tests?: { status: string, projectName?: string }[] }} Spec
 * @typedef {{ title: string, specs?: Spec[], suites?: Suite[] }} Suite
 * @typedef {{ file: string, line: number, title: string, project?: string }} RetriedTest
 */

/**
 * Every test whose first run failed and a retry passed (`"status": "flaky"` in the report).
 * `file` is relative to `cwd`; `title` is the describe blocks and the test's own title joined
 * with " › ", as the list reporter prints them; `project` is absent when it has no name.
 * @param {{ config?: { rootDir?: string }, suites?: Suite[] } | undefined} report
 * @param {string} [cwd]
 * @returns {RetriedTest[]}
 */
export function retriedTests(report, cwd = process.cwd()) {
	const rootDir = report?.config?.rootDir ?? cwd;
	/** @type {RetriedTest[]} */
	const found = [];
	/** @param {Suite} suite @param {string[]} path */
	const walk = (suite, path) => {
		for (const spec of suite.specs ?? []) {
			for (const test of spec.tests ?? []) {
				if (test.status !== 'flaky') continue;
				found.push({
					file: relative(cwd, join(rootDir, spec.file)),
					line: spec.line,
					title: [...path, spec.title].join(' › '),
					...(test.projectName ? { project: test.projectName } : {})
				});
			}
		}
		for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
	};
	// The top-level suites are the files: their title is the file name, not a describe block.
	for (const file of report?.suites ?? []) walk(file, []);
	return found;
}

/**
 * One line per test, the way Playwright names a test: `file:line › title [project]`.
 * @param {RetriedTest} test
 */
export function retriedTestLine({ file, line, title, project }) {
	return `${file}:${line} › ${title}${project ? ` [${project}]` : ''}`;
}
