// Interoperability with the reference age command (Debian's `age`): a summary the app encrypts
// opens with `age -d`, a summary `age -r` encrypts opens in the app and in the aggregate CLI, and
// what the app refuses by design (a passphrase, several recipients) is refused as such.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { decryptWith, encryptTo } from '$lib/domain/formats/age-file';
import { readSummary } from '$lib/domain/formats/import-summaries';
import { ageKey } from '../../helpers/age-keys';

const HAS_AGE = spawnSync('age', ['--version']).status === 0;
const SUMMARY_PATH = 'tests/fixtures/formats/summary-v1.json';
const SUMMARY = new Uint8Array(readFileSync(SUMMARY_PATH));
const ADMIN = ageKey('admin-key.txt');
const OTHER = ageKey('other-key.txt');
const dir = mkdtempSync(join(tmpdir(), 'twc-age-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `age` with the arguments; its stdout, after checking that it succeeded. */
function age(args: string[], input?: string): Buffer {
	expect(HAS_AGE, 'the age command is needed here: apt-get install age').toBe(true);
	const result = spawnSync('age', args, { input, timeout: 30_000 });
	expect(result.status, result.stderr?.toString()).toBe(0);
	return result.stdout;
}

/** `age -r …` of the summary fixture, as bytes. */
const ageEncrypted = (...args: string[]) => new Uint8Array(age([...args, SUMMARY_PATH]));

describe('the app and the age command', () => {
	it('a summary the app encrypts opens with age -d -i, byte for byte', async () => {
		const path = join(dir, 'from-app.json.age');
		writeFileSync(path, await encryptTo(ADMIN.recipient, SUMMARY));
		expect(new Uint8Array(age(['-d', '-i', ADMIN.path, path]))).toEqual(SUMMARY);
	});

	it('a summary encrypted with age -r (binary or -a) is read by the app', async () => {
		const plain = await readSummary(SUMMARY, 'me.json');
		expect(plain.ok).toBe(true);
		for (const file of [
			ageEncrypted('-r', ADMIN.recipient),
			ageEncrypted('-a', '-r', ADMIN.recipient)
		]) {
			expect(await readSummary(file, 'me.json.age', [ADMIN.identity])).toEqual(plain);
		}
	});

	it('a summary encrypted with age -r is counted by the aggregate CLI with --identity', async () => {
		const folder = join(dir, 'collected');
		mkdirSync(folder);
		writeFileSync(join(folder, 'me.json.age'), ageEncrypted('-r', ADMIN.recipient));
		const args = [folder, '--identity', ADMIN.path, '--out', join(dir, 'out')];
		const { stderr } = await promisify(execFile)(process.execPath, [
			'src/cli/run-aggregate.js',
			...args
		]);
		expect(stderr).toContain('1 of 1 files accepted');
	});

	it('refuses a file age -p encrypted with a passphrase', async () => {
		const path = join(dir, 'passphrase.age');
		// age reads a passphrase from the terminal only: `script` gives it one.
		expect(HAS_AGE, 'the age command is needed here: apt-get install age').toBe(true);
		const made = spawnSync('script', ['-qec', `age -p -o ${path} ${SUMMARY_PATH}`, '/dev/null'], {
			input: 'correct horse\ncorrect horse\n',
			timeout: 30_000
		});
		expect(made.status, made.stdout?.toString()).toBe(0);
		expect(await decryptWith([ADMIN.identity], new Uint8Array(readFileSync(path)))).toEqual({
			ok: false,
			failure: 'passphrase-refused'
		});
	});

	it('refuses a file age encrypted to two recipients', async () => {
		const file = ageEncrypted('-r', ADMIN.recipient, '-r', OTHER.recipient);
		expect(await decryptWith([ADMIN.identity], file)).toEqual({
			ok: false,
			failure: 'several-recipients'
		});
	});
});
