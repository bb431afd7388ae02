import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from 'virtual:checklist-content';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { UTF8_BOM } from '$lib/domain/aggregate/csv';
import { newPolicyPack } from '$lib/domain/formats/policy-pack';
import { summaryPayload, type PostureSummary } from '$lib/domain/formats/summary';
import { sealSync, syntheticSummaries } from '../../../fixtures/aggregate/synthetic';

const run = promisify(execFile);
const NOW = '2026-12-01T09:00:00.000Z';
const pack = { ...newPolicyPack('acme', { ja: 'アクメ', en: 'Acme' }, NOW), minGroupSize: 3 };
const summaries = [
	...syntheticSummaries({ content, count: 60, now: new Date(NOW), orgId: 'acme', seed: 7 })
];

let dir: string;

/** Runs the CLI as a person would; never throws, gives the exit status and stderr. */
async function cli(...args: string[]): Promise<{ code: number; stderr: string }> {
	try {
		const { stderr } = await run(process.execPath, ['src/cli/run-aggregate.js', ...args]);
		return { code: 0, stderr };
	} catch (error) {
		const failed = error as { code: number; stderr: string };
		return { code: failed.code, stderr: failed.stderr };
	}
}

const write = (path: string, value: unknown) =>
	writeFile(path, typeof value === 'string' ? value : JSON.stringify(value));

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'aggregate-cli-'));
	await mkdir(join(dir, 'in', 'sub'), { recursive: true });
	await write(join(dir, 'pack.json'), pack);
	await Promise.all(
		summaries.map((s, i) =>
			write(join(dir, 'in', i % 2 ? 'sub' : '', i % 3 ? `s${i}.json` : `S${i}.JSON`), s)
		)
	);
	await write(join(dir, 'in', 'notes.txt'), 'not a summary, not read');
});

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

function inProcess(): unknown {
	const aggregator = createAggregator({ content, pack, now: new Date(NOW) });
	for (const s of summaries) aggregator.add(s, s.createdAt);
	return JSON.parse(JSON.stringify(aggregator.result()));
}

describe('the aggregate CLI', () => {
	it('writes the same aggregate as the app computes, and the two CSV tables', async () => {
		const out = join(dir, 'out-clean');
		const args = [join(dir, 'in'), '--pack', join(dir, 'pack.json'), '--out', out];
		const { code, stderr } = await cli(...args, '--now', NOW, '--lang', 'en');
		expect(stderr).toContain('60 of 60 files accepted');
		expect(code).toBe(0);
		expect(JSON.parse(await readFile(join(out, 'aggregate.json'), 'utf8'))).toEqual(inProcess());
		for (const table of ['items.csv', 'breakdowns.csv']) {
			expect((await readFile(join(out, table), 'utf8')).startsWith(UTF8_BOM)).toBe(true);
		}
	});

	it('refuses a pack whose own item takes one of our ids, in plain words, writing nothing', async () => {
		const fixture = JSON.parse(
			await readFile('tests/fixtures/formats/policy-pack-v3.json', 'utf8')
		);
		const shadow = { ...fixture.extraItems[0], id: 'os-auto-update' };
		const path = join(dir, 'shadow-pack.json');
		await write(path, { ...pack, extraItems: [shadow] });
		const out = join(dir, 'out-shadow');
		const { code, stderr } = await cli(join(dir, 'in'), '--pack', path, '--out', out);
		expect(code).toBe(2);
		expect(stderr).toContain(
			`--pack ${path} › Own item 1, item id: use an id that starts with "org-", then lower-case letters, digits and single hyphens (an own item cannot take the id of one of the app's items)\n`
		);
		expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
		await expect(readFile(join(out, 'aggregate.json'))).rejects.toThrow();
	});

	it('lists every refused file with its reason, still writes the rest, and exits 1', async () => {
		const hostile = join(dir, 'in', 'hostile');
		await mkdir(hostile);
		const tampered: PostureSummary = { ...summaries[0]!, revision: 99 };
		const otherOrg = sealSync({
			...summaryPayload(summaries[1]!),
			org: { orgId: 'someone-else', packVersion: 1, packFingerprint: 'AAAA-BBBB-CCCC' },
			revision: 99
		});
		await Promise.all([
			write(join(hostile, 'truncated.json'), JSON.stringify(summaries[2]).slice(0, 100)),
			write(join(hostile, 'proto.json'), '{"__proto__": {"polluted": true}}'),
			write(join(hostile, 'tampered.json'), tampered),
			write(join(hostile, 'other-org.json'), otherOrg),
			write(join(hostile, 'huge.json'), `${' '.repeat(300 * 1024)}{}`),
			write(join(hostile, 'a-pack.json'), pack)
		]);
		const out = join(dir, 'out-hostile');
		const args = [join(dir, 'in'), '--pack', join(dir, 'pack.json'), '--out', out, '--now', NOW];
		const { code, stderr } = await cli(...args);
		expect(code).toBe(1);
		const refused = stderr.split('\n').filter((line) => line.startsWith('rejected: '));
		expect(refused).toHaveLength(6);
		const reasons: [string, string][] = [
			['truncated.json', 'cannot be read as JSON'],
			['proto.json', 'a field named "__proto__" is refused'],
			['tampered.json', 'its content changed after it was made'],
			['other-org.json', "another organisation's policy (id: someone-else)"],
			['huge.json', 'too large (up to 256 KB)'],
			['a-pack.json', 'this is not a staff summary file']
		];
		for (const [name, reason] of reasons) {
			expect(refused.find((line) => line.includes(name))).toContain(reason);
		}
		expect(JSON.parse(await readFile(join(out, 'aggregate.json'), 'utf8'))).toEqual(inProcess());
		await rm(hostile, { recursive: true });
	});

	it('exits 2 with the usage on a wrong option, writing nothing', async () => {
		const out = join(dir, 'out-usage');
		const { code, stderr } = await cli(join(dir, 'in'), '--lang', 'fr', '--out', out);
		expect(code).toBe(2);
		expect(stderr).toContain('--lang must be ja or en');
		expect(stderr).toContain('Usage: aggregate');
		await expect(readFile(join(out, 'aggregate.json'))).rejects.toThrow();
	});
}, 60_000);
