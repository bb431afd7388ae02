import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAggregator, type Aggregator } from '../lib/domain/aggregate/aggregator.ts';
import { breakdownsCsv, itemsCsv } from '../lib/domain/aggregate/report-csv.ts';
import {
	admitBatch,
	classifySummaries,
	readSummary
} from '../lib/domain/formats/import-summaries.ts';
import type { PolicyPack } from '../lib/domain/formats/policy-pack.ts';
import { checkPolicyPackSize, readPolicyPack } from '../lib/domain/formats/read-policy-pack.ts';
import { isLocale, type Locale } from '../lib/domain/locale.ts';
// Messages stay English, like the rest of the command's output.
import { fileErrorText } from '../lib/i18n/problem-text.ts';
import { loadContent } from '../lib/node/read-checklists.ts';

export const USAGE = `Usage: aggregate <folder or file>... [--pack file] [--out dir] [--lang ja|en] [--now time]

Reads every *.json summary under the folders (and the files named), checks each one as the app's
import does, and writes aggregate.json, items.csv and breakdowns.csv to --out (./aggregate-out).
  --pack   the organisation's current policy pack (tiers, own items, app decisions, group size)
  --lang   language of item titles in items.csv (ja)
  --now    judge freshness and waivers at this ISO time instead of now
Exit status: 0 all files accepted, 1 some file rejected (listed on stderr), 2 usage error.`;

/** Files read at once: enough to keep the disk busy, few enough to keep memory flat. */
const CONCURRENCY = 16;
const PROGRESS_EVERY = 1000;

class UsageError extends Error {}

interface Options {
	inputs: string[];
	pack?: string;
	out: string;
	lang: Locale;
	now: Date;
}

export interface CliIo {
	/** The project folder: where checklists/ is. */
	root: string;
	stderr: (line: string) => void;
}

function parseOptions(argv: string[]): Options {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				pack: { type: 'string' },
				out: { type: 'string', default: 'aggregate-out' },
				lang: { type: 'string', default: 'ja' },
				now: { type: 'string' }
			}
		});
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
	const { values, positionals } = parsed;
	if (positionals.length === 0) throw new UsageError('name at least one folder or file');
	if (!isLocale(values.lang)) throw new UsageError(`--lang must be ja or en, not "${values.lang}"`);
	const now = values.now === undefined ? new Date() : new Date(values.now);
	if (Number.isNaN(now.getTime())) throw new UsageError(`--now "${values.now}" is not a time`);
	return { inputs: positionals, pack: values.pack, out: values.out, lang: values.lang, now };
}

/** Every file to read, sorted: named files as they are, *.json files anywhere under folders. */
async function listFiles(inputs: readonly string[]): Promise<string[]> {
	const files = new Set<string>();
	for (const input of inputs) {
		const info = await stat(input).catch(() => {
			throw new UsageError(`"${input}" does not exist`);
		});
		if (!info.isDirectory()) {
			files.add(resolve(input));
			continue;
		}
		const entries = await readdir(input, { recursive: true, withFileTypes: true });
		for (const entry of entries) {
			if (entry.isFile() && /\.json$/i.test(entry.name)) {
				files.add(resolve(entry.parentPath, entry.name));
			}
		}
	}
	return [...files].sort();
}

async function loadPack(path: string): Promise<PolicyPack> {
	const info = await stat(path).catch(() => {
		throw new UsageError(`--pack "${path}" does not exist`);
	});
	const tooBig = checkPolicyPackSize(info.size, path);
	const result = tooBig ?? readPolicyPack(await readFile(path), path);
	if (!result.ok) throw new UsageError(`--pack ${fileErrorText('en', result.error)}`);
	return result.value;
}

/**
 * One file through the app's own import steps: the size gate, the reader (safe JSON, schema,
 * digest), then the organisation check. Undefined when accepted; else why not.
 */
async function admitOne(
	path: string,
	name: string,
	orgId: string | undefined,
	aggregator: Aggregator
): Promise<string | undefined> {
	const { refused } = admitBatch([{ name, size: (await stat(path)).size }]);
	if (refused[0]) return fileErrorText('en', refused[0]);
	const result = await readSummary(await readFile(path), name);
	const [outcome] = classifySummaries([], [{ fileName: name, result }], orgId);
	if (outcome?.kind === 'accepted') {
		// A folder has no import history: the trend places each summary on the day it was made.
		aggregator.add(outcome.summary, outcome.summary.createdAt);
		return undefined;
	}
	// Alone, a file is accepted or rejected: there is nothing stored to repeat or supersede.
	return outcome?.kind === 'rejected'
		? fileErrorText('en', outcome.error)
		: `${name}: ${outcome?.kind}`;
}

/** A file that vanished or cannot be opened midway is one more refused file, not a crash. */
async function readOne(...args: Parameters<typeof admitOne>): Promise<string | undefined> {
	try {
		return await admitOne(...args);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return `${args[1]}: could not be read (${reason})`;
	}
}

async function forEachLimited<T>(list: readonly T[], run: (entry: T) => Promise<void>) {
	let next = 0;
	const worker = async () => {
		while (next < list.length) await run(list[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(CONCURRENCY, list.length) }, worker));
}

async function writeOutputs(dir: string, aggregator: Aggregator, lang: Locale): Promise<void> {
	const report = aggregator.result();
	await mkdir(dir, { recursive: true });
	// Compact: with the drill-down lists a large organisation's report runs to tens of megabytes.
	await writeFile(join(dir, 'aggregate.json'), `${JSON.stringify(report)}\n`);
	await writeFile(join(dir, 'items.csv'), itemsCsv(report, lang));
	await writeFile(join(dir, 'breakdowns.csv'), breakdownsCsv(report));
}

async function aggregate(options: Options, io: CliIo): Promise<number> {
	const pack = options.pack ? await loadPack(options.pack) : undefined;
	const files = await listFiles(options.inputs);
	const content = await loadContent(join(io.root, 'checklists'), io.root);
	const aggregator = createAggregator({ content, pack, now: options.now });
	const rejected: string[] = [];
	let done = 0;
	await forEachLimited(files, async (path) => {
		const name = relative(process.cwd(), path);
		const reason = await readOne(path, name, pack?.orgId, aggregator);
		if (reason) rejected.push(reason);
		if (++done % PROGRESS_EVERY === 0) io.stderr(`${done}/${files.length} files read`);
	});
	await writeOutputs(options.out, aggregator, options.lang);
	for (const reason of rejected.sort()) io.stderr(`rejected: ${reason}`);
	io.stderr(
		`${files.length - rejected.length} of ${files.length} files accepted; wrote ${options.out}/`
	);
	return rejected.length > 0 ? 1 : 0;
}

/**
 * `aggregate <folder or files...>`: the organisation aggregate from a folder of summaries, with
 * the same code as the app. Streams: one file at a time (a few at once) goes into the
 * aggregator, so memory follows the number of people, not of files. The app's 5,000-file and
 * 200 MB limits of one drop are for a browser tab and do not apply here; the per-file size
 * limit does. Returns the exit status.
 */
export async function runAggregate(argv: string[], io: CliIo): Promise<number> {
	if (argv.includes('--help')) {
		io.stderr(USAGE);
		return 0;
	}
	try {
		return await aggregate(parseOptions(argv), io);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		io.stderr(`aggregate: ${error.message}\n\n${USAGE}`);
		return 2;
	}
}
