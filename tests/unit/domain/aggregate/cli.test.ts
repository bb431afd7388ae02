import { execFile, execFileSync } from 'node:child_process';
import {
	chmod,
	mkdir,
	mkdtemp,
	readdir,
	readFile,
	rm,
	stat,
	symlink,
	writeFile
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from 'virtual:checklist-content';
import { createAggregator } from '$lib/domain/aggregate/aggregator';
import { UTF8_BOM } from '$lib/domain/aggregate/csv';
import { encryptTo } from '$lib/domain/formats/age-file';
import { newPolicyPack } from '$lib/domain/formats/policy-pack';
import { summaryPayload, type PostureSummary } from '$lib/domain/formats/summary';
import { runAggregate } from '../../../../src/cli/aggregate';
import { sealSync, syntheticSummaries } from '../../../fixtures/aggregate/synthetic';
import { ageKey } from '../../../helpers/age-keys';

const run = promisify(execFile);
const NOW = '2026-12-01T09:00:00.000Z';
const pack = { ...newPolicyPack('acme', { ja: 'アクメ', en: 'Acme' }, NOW), minGroupSize: 3 };
const summaries = [
	...syntheticSummaries({ content, count: 60, now: new Date(NOW), orgId: 'acme', seed: 7 })
];

let dir: string;

/**
 * Runs the CLI as a person would; never throws, gives the exit status and stderr. A run that
 * hangs (a FIFO opened for reading waits for a writer forever) is killed: its code is null.
 */
async function cli(...args: string[]): Promise<{ code: number | null; stderr: string }> {
	try {
		const command = ['src/cli/run-aggregate.js', ...args];
		const { stderr } = await run(process.execPath, command, { timeout: 30_000 });
		return { code: 0, stderr };
	} catch (error) {
		const failed = error as { code: number | null; stderr: string };
		return { code: failed.code, stderr: failed.stderr };
	}
}

/** The lines of stderr that start with `kind: ` and name the file. */
const linesAbout = (stderr: string, kind: string, name: string) =>
	stderr.split('\n').filter((line) => line.startsWith(`${kind}: `) && line.includes(name));

/** No stack trace, no Node internals: what a person reads. */
function expectPlain(stderr: string): void {
	expect(stderr).not.toMatch(/^\s+at /m);
	expect(stderr).not.toMatch(/node:internal|triggerUncaughtException|Error:/);
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
		// Written through temporary files renamed into place: none is left behind.
		expect((await readdir(out)).sort()).toEqual(['aggregate.json', 'breakdowns.csv', 'items.csv']);
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

describe('the aggregate CLI names a wrong path in one line and leaves no partial output', () => {
	const input = () => join(dir, 'in');

	it('--pack naming a folder: exit 2, nothing written', async () => {
		const out = join(dir, 'out-pack-folder');
		const { code, stderr } = await cli(input(), '--pack', join(dir, 'in', 'sub'), '--out', out);
		expect(code).toBe(2);
		expect(stderr).toContain(`--pack "${join(dir, 'in', 'sub')}" is a folder, not a file`);
		expectPlain(stderr);
		await expect(stat(out)).rejects.toThrow();
	});

	it('--out naming an existing file: refused before any input is looked at', async () => {
		const file = join(dir, 'pack.json');
		const before = await readFile(file, 'utf8');
		// The input does not exist: had it been looked at first, the message would be about it.
		const { code, stderr } = await cli(join(dir, 'no-such-folder'), '--out', file);
		expect(code).toBe(2);
		expect(stderr.trim()).toBe(`aggregate: --out "${file}" is a file, not a folder`);
		expect(await readFile(file, 'utf8')).toBe(before);
	});

	it('--out under a file: the file in the way is named', async () => {
		const file = join(dir, 'pack.json');
		const { code, stderr } = await cli(input(), '--out', join(file, 'out'));
		expect(code).toBe(2);
		expect(stderr).toContain(`--out "${join(file, 'out')}": "${file}" is a file, not a folder`);
		expectPlain(stderr);
	});

	it('--out where items.csv is a folder: exit 2, no aggregate.json, no temporary file', async () => {
		const out = join(dir, 'out-blocked');
		await mkdir(join(out, 'items.csv'), { recursive: true });
		const { code, stderr } = await cli(input(), '--out', out, '--now', NOW);
		expect(code).toBe(2);
		expect(stderr).toContain(`"${join(out, 'items.csv')}" is a folder`);
		expectPlain(stderr);
		expect(await readdir(out)).toEqual(['items.csv']);
	});

	it('--out where nothing may be written: exit 2 before reading', async () => {
		// Root writes through permission bits, but not into /sys.
		const root = process.getuid?.() === 0;
		const locked = join(dir, 'locked');
		await mkdir(locked, { recursive: true });
		await chmod(locked, 0o555);
		const out = root ? '/sys/telework-check-aggregate-out' : join(locked, 'out');
		const { code, stderr } = await cli(input(), '--out', out);
		await chmod(locked, 0o755);
		expect(code).toBe(2);
		expect(stderr).toMatch(/permission denied|not permitted|read-only/);
		expect(stderr).toContain(`"${out}"`);
		expectPlain(stderr);
	});

	it('an unexpected failure is one plain line with exit 2; --debug adds the stack', async () => {
		// A project folder without checklists/: the content cannot be loaded.
		const empty = await mkdtemp(join(tmpdir(), 'aggregate-no-project-'));
		const out = join(empty, 'out');
		const lines: string[] = [];
		const io = { root: empty, stderr: (line: string) => lines.push(line) };
		expect(await runAggregate([input(), '--out', out, '--now', NOW], io)).toBe(2);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^aggregate: .*checklists.* does not exist/);
		expectPlain(lines.join('\n'));
		await expect(stat(out)).rejects.toThrow();
		lines.length = 0;
		expect(await runAggregate([input(), '--out', out, '--debug'], io)).toBe(2);
		expect(lines.join('\n')).toMatch(/^\s+at /m);
		await rm(empty, { recursive: true, force: true });
	});
}, 60_000);

describe('the aggregate CLI reports every entry it does not count', () => {
	let base: string;
	beforeAll(async () => {
		base = await mkdtemp(join(tmpdir(), 'aggregate-entries-'));
	});
	afterAll(async () => {
		await rm(base, { recursive: true, force: true });
	});
	const common = () => ['--pack', join(dir, 'pack.json'), '--now', NOW, '--out', join(base, 'out')];

	it('follows links to summary files: a folder of links is counted', async () => {
		await mkdir(join(base, 'real'));
		await mkdir(join(base, 'links'));
		for (const [i, name] of ['a.json', 'b.json'].entries()) {
			await write(join(base, 'real', name), summaries[i]);
			await symlink(join(base, 'real', name), join(base, 'links', name));
		}
		const { code, stderr } = await cli(join(base, 'links'), ...common());
		expect(stderr).toContain('2 of 2 files accepted');
		expect(code).toBe(0);
	});

	// Without mkfifo (it is POSIX, so only on odd systems) no FIFO can be made: that case is
	// skipped, never faked with a regular file.
	const hasMkfifo = (() => {
		try {
			execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
			return true;
		} catch {
			return false;
		}
	})();

	it.skipIf(!hasMkfifo)(
		'names a FIFO (never opened), a dangling link and a link to a folder; exit 1',
		async () => {
			const odd = join(base, 'odd');
			await mkdir(odd);
			await write(join(odd, 'good.json'), summaries[2]);
			await write(join(odd, 'notes.txt'), 'not a summary');
			execFileSync('mkfifo', [join(odd, 'pipe.json'), join(base, 'named.fifo')]);
			await symlink(join(base, 'nowhere.json'), join(odd, 'gone.json'));
			await symlink(join(base, 'real'), join(odd, 'dept'));
			const { code, stderr } = await cli(odd, join(base, 'named.fifo'), ...common());
			expect(code).toBe(1);
			const reasons: [string, string, string][] = [
				['skipped', 'pipe.json', 'not a regular file (a FIFO)'],
				['skipped', 'named.fifo', 'not a regular file (a FIFO)'],
				['skipped', 'gone.json', 'a link to nothing'],
				['skipped', 'dept', 'a link to a folder, not followed'],
				['ignored', 'notes.txt', 'not named *.json']
			];
			for (const [kind, name, reason] of reasons) {
				expect(linesAbout(stderr, kind, name).join('\n')).toContain(reason);
			}
			expect(stderr).toContain('1 of 1 files accepted');
			expect(stderr).toContain('4 entries skipped');
		}
	);

	it('prints a conflicting pair, counts neither, and exits 1', async () => {
		const pair = join(base, 'pair');
		await mkdir(pair);
		const one = summaries[3]!;
		const later = new Date(Date.parse(one.createdAt) + 60_000).toISOString();
		const other = sealSync({ ...summaryPayload(one), createdAt: later });
		await write(join(pair, 'a.json'), one);
		await write(join(pair, 'b.json'), other);
		const { code, stderr } = await cli(pair, ...common());
		expect(code).toBe(1);
		for (const name of ['a.json', 'b.json']) {
			expect(linesAbout(stderr, 'conflict', name).join('\n')).toContain(
				'Conflict (same revision, different content)'
			);
		}
		expect(stderr).toContain('0 of 2 files accepted');
		expect(stderr).toContain('2 in conflict');
	});

	it('counts an older revision and a second copy apart from the accepted ones; exit 0', async () => {
		const rounds = join(base, 'rounds');
		await mkdir(rounds);
		const first = summaries[4]!;
		const newer = sealSync({ ...summaryPayload(first), revision: first.revision + 1 });
		await write(join(rounds, 'old.json'), first);
		await write(join(rounds, 'new.json'), newer);
		await write(join(rounds, 'copy.json'), summaries[5]);
		await write(join(rounds, 'copy2.json'), summaries[5]);
		const { code, stderr } = await cli(rounds, ...common());
		expect(code).toBe(0);
		expect(linesAbout(stderr, 'superseded', 'old.json').join('\n')).toContain(
			`Older (revision ${first.revision + 1} is newer)`
		);
		expect(linesAbout(stderr, 'duplicate', 'copy2.json')).toHaveLength(1);
		expect(stderr).toContain('2 of 4 files accepted');
		expect(stderr).toContain('1 superseded by a newer revision of the same device');
	});
}, 60_000);

describe('the aggregate CLI with encrypted summaries', () => {
	const current = ageKey('admin-key.txt');
	const previous = ageKey('old-admin-key.txt');
	const other = ageKey('other-key.txt');
	const encrypted = (summary: PostureSummary, recipient: string) =>
		encryptTo(recipient, new TextEncoder().encode(JSON.stringify(summary)));

	async function folder(): Promise<string> {
		const sealed = join(dir, 'sealed');
		await mkdir(sealed, { recursive: true });
		await writeFile(
			join(sealed, 'now.json.age'),
			await encrypted(summaries[6]!, current.recipient)
		);
		await writeFile(join(sealed, 'before.age'), await encrypted(summaries[7]!, previous.recipient));
		await writeFile(
			join(sealed, 'stray.json.age'),
			await encrypted(summaries[8]!, other.recipient)
		);
		await write(join(sealed, 'plain.json'), summaries[9]);
		return sealed;
	}

	it('opens them with every --identity (rotation), and names a file for another key', async () => {
		const out = join(dir, 'out-sealed');
		const keys = ['--identity', current.path, '--identity', previous.path];
		const { code, stderr } = await cli(await folder(), ...keys, '--out', out, '--now', NOW);
		expect(code).toBe(1);
		expect(stderr).toContain('3 of 4 files accepted');
		expect(linesAbout(stderr, 'rejected', 'stray.json.age').join('\n')).toContain(
			'it is encrypted to another key and this key cannot open it'
		);
		const report = JSON.parse(await readFile(join(out, 'aggregate.json'), 'utf8'));
		expect(report.totals).toMatchObject({ profiles: 3 });
	});

	it('without --identity, says each encrypted file needs one', async () => {
		const out = join(dir, 'out-sealed-nokey');
		const { code, stderr } = await cli(await folder(), '--out', out, '--now', NOW);
		expect(code).toBe(1);
		expect(stderr).toContain('1 of 4 files accepted');
		expect(linesAbout(stderr, 'rejected', 'now.json.age').join('\n')).toContain(
			"it is encrypted; opening it needs the admin's private key (give it with --identity key.txt)"
		);
	});

	it('refuses a key file that holds no usable key, by its line, without printing it', async () => {
		const bad = join(dir, 'bad-key.txt');
		// One character changed: the shape of a key, but its checksum fails.
		const typo = current.identity.slice(0, -1) + (current.identity.endsWith('Q') ? 'P' : 'Q');
		await writeFile(bad, `# a comment\n\n${typo}\n`);
		const args = [join(dir, 'in'), '--identity', bad, '--out', join(dir, 'out-bad-key')];
		const { code, stderr } = await cli(...args);
		expect(code).toBe(2);
		expect(stderr.trim()).toBe(
			`aggregate: --identity "${bad}" line 3 is not an age private key (AGE-SECRET-KEY-1…); only X25519 keys, as age-keygen makes them, are used`
		);
		expect(stderr).not.toContain(typo);
		await writeFile(bad, '# only a comment\n');
		expect((await cli(...args)).stderr).toContain('holds no age private key');
		await expect(stat(join(dir, 'out-bad-key', 'aggregate.json'))).rejects.toThrow();
	});
}, 60_000);
