import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createAggregator, type Aggregator } from '../lib/domain/aggregate/aggregator.ts';
import { readIdentityFile, type IdentityFileResult } from '../lib/domain/formats/age-file.ts';
import type { AggregateReport } from '../lib/domain/aggregate/report-schema.ts';
import { breakdownsCsv, itemsCsv } from '../lib/domain/aggregate/report-csv.ts';
import {
	admitBatch,
	classifySummaries,
	readSummary,
	revisionFacts
} from '../lib/domain/formats/import-summaries.ts';
import type { PolicyPack } from '../lib/domain/formats/policy-pack.ts';
import { checkPolicyPackSize, readPolicyPack } from '../lib/domain/formats/read-policy-pack.ts';
import { isLocale, type Locale } from '../lib/domain/shared/locale.ts';
// Messages stay English, like the rest of the command's output.
import { fileErrorText, fileNameText } from '../lib/i18n/problem-text.ts';
import { loadContent } from '../lib/node/read-checklists.ts';
import { PathError, UsageError, errorText, pathText, reasonText } from './cli-error.ts';
import { listInputs } from './list-inputs.ts';
import { prepareOutput } from './output-place.ts';
import { readRegularFile } from './regular-file.ts';
import { runReport, type FileResult, type FileVerdict } from './run-report.ts';

export const USAGE = `Usage: aggregate <folder or file>... [--pack file] [--identity key.txt]... [--out dir] [--lang ja|en] [--now time] [--debug]

Reads every *.json and *.age summary under the folders (and the files named), checks each one as
the app's import does, and writes aggregate.json, items.csv and breakdowns.csv to --out
(./aggregate-out). Links to files are followed, links to folders are not (name the folder
itself). FIFOs, sockets and devices are never opened. Every file not counted is listed on stderr
with the reason.
  --pack   the organisation's current policy pack (tiers, own items, app decisions, group size)
  --identity  the admin's age key file (as age-keygen writes it), to open encrypted summaries;
           give it again for each earlier key whose summaries are still to be read
  --lang   language of item titles in items.csv (ja)
  --now    judge freshness and waivers at this ISO time instead of now
  --debug  on an unexpected error, print its stack trace too
Exit status:
  0  every summary is counted (older revisions, duplicates and files not named *.json or *.age are
     listed, and are no fault)
  1  written, but some file was rejected, in conflict or skipped (listed on stderr)
  2  nothing written: a wrong option, a path that cannot be used, or an unexpected error`;

const OUTPUT_FILES = ['aggregate.json', 'items.csv', 'breakdowns.csv'];
/** Files read at once: enough to keep the disk busy, few enough to keep memory flat. */
const CONCURRENCY = 16;
const PROGRESS_EVERY = 1000;
/** A key file holds a few keys and comments; anything far bigger is not one. */
const IDENTITY_FILE_MAX_BYTES = 64 * 1024;

interface Options {
	inputs: string[];
	pack?: string;
	identities: string[];
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
				identity: { type: 'string', multiple: true, default: [] },
				out: { type: 'string', default: 'aggregate-out' },
				lang: { type: 'string', default: 'ja' },
				now: { type: 'string' },
				debug: { type: 'boolean' }
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
	const { pack, identity: identities, out, lang } = values;
	return { inputs: positionals, pack, identities, out, lang, now };
}

/** A file an option names (`--pack`, `--identity`): its bytes, or why not, as a PathError. */
async function optionFile<R>(
	option: string,
	path: string,
	refuse: (size: number) => R | undefined
): Promise<{ bytes: Buffer } | { refused: R }> {
	const info = await stat(path).catch((error: unknown) => {
		throw new PathError(`${option} ${pathText(path, error)}`);
	});
	if (info.isDirectory()) throw new PathError(`${option} "${path}" is a folder, not a file`);
	const read = await readRegularFile(path, refuse);
	if ('notRegular' in read) throw new PathError(`${option} "${path}" is ${read.notRegular}`);
	return read;
}

async function loadPack(path: string): Promise<PolicyPack> {
	const read = await optionFile('--pack', path, (size) => checkPolicyPackSize(size, path));
	const result = 'refused' in read ? read.refused : readPolicyPack(read.bytes, path);
	if (!result.ok) throw new PathError(`--pack ${fileErrorText('en', result.error)}`);
	return result.value;
}

/** What is wrong with a key file, without quoting it: its lines are secret. */
function identityFileText(path: string, result: Exclude<IdentityFileResult, { ok: true }>): string {
	if (result.problem === 'no-identity') {
		return `--identity "${path}" holds no age private key (a line AGE-SECRET-KEY-1…)`;
	}
	return `--identity "${path}" line ${result.line} is not an age private key (AGE-SECRET-KEY-1…); only X25519 keys, as age-keygen makes them, are used`;
}

/** Every key of every --identity file: the current key and the earlier ones. */
async function loadIdentities(paths: readonly string[]): Promise<string[]> {
	const identities: string[] = [];
	for (const path of paths) {
		const tooBig = (size: number) => (size > IDENTITY_FILE_MAX_BYTES ? true : undefined);
		const read = await optionFile('--identity', path, tooBig);
		if ('refused' in read) {
			throw new PathError(`--identity "${path}" is too large for a key file (over 64 KB)`);
		}
		const result = await readIdentityFile(read.bytes.toString('utf8'));
		if (!result.ok) throw new PathError(identityFileText(path, result));
		identities.push(...result.keys.map((key) => key.identity));
	}
	return identities;
}

/** Where to give a key, when a file needs one the command was not given. */
function keyHint(problem: { kind: string }, identities: readonly string[]): string {
	return problem.kind === 'encrypted-needs-key' && identities.length === 0
		? ' (give it with --identity key.txt)'
		: '';
}

/**
 * One file through the app's own import steps: the size gate, the reader (safe JSON, schema,
 * digest), then the organisation check. A file that passes goes into the aggregate; what the
 * revision rules make of it is judged once every file is read.
 */
async function admitOne(
	path: string,
	name: string,
	context: { orgId: string | undefined; identities: readonly string[]; aggregator: Aggregator }
): Promise<FileVerdict> {
	const read = await readRegularFile(path, (size) => admitBatch([{ name, size }]).refused[0]);
	if ('notRegular' in read) return { skipped: `${read.notRegular}, not read` };
	if ('refused' in read) return { rejected: fileErrorText('en', read.refused) };
	const { orgId, identities, aggregator } = context;
	const result = await readSummary(read.bytes, name, identities);
	const [outcome] = classifySummaries([], [{ fileName: name, result }], orgId);
	if (outcome?.kind === 'rejected') {
		const { error } = outcome;
		return { rejected: fileErrorText('en', error) + keyHint(error.problem, identities) };
	}
	if (outcome?.kind !== 'accepted') {
		// Alone, a file is accepted or rejected: there is nothing else to repeat or supersede.
		return { rejected: name };
	}
	// A folder has no import history: the trend places each summary on the day it was made.
	aggregator.add(outcome.summary, outcome.summary.createdAt);
	return { facts: revisionFacts(outcome.summary) };
}

/** A file that vanished or cannot be opened midway is one more refused file, not a crash. */
async function readOne(...args: Parameters<typeof admitOne>): Promise<FileResult> {
	const name = args[1];
	try {
		return { name, ...(await admitOne(...args)) };
	} catch (error) {
		return {
			name,
			rejected: `${fileNameText('en', name)}: could not be read (${reasonText(error)})`
		};
	}
}

async function forEachLimited<T>(list: readonly T[], run: (entry: T) => Promise<void>) {
	let next = 0;
	const worker = async () => {
		while (next < list.length) await run(list[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(CONCURRENCY, list.length) }, worker));
}

function outputs(report: AggregateReport, lang: Locale): Map<string, string> {
	return new Map([
		// Compact: with the drill-down lists a large organisation's report runs to tens of megabytes.
		['aggregate.json', `${JSON.stringify(report)}\n`],
		['items.csv', itemsCsv(report, lang)],
		['breakdowns.csv', breakdownsCsv(report)]
	]);
}

async function aggregate(options: Options, io: CliIo): Promise<number> {
	// The output place first: a long run must not end on an --out that cannot be written.
	const output = await prepareOutput(options.out, OUTPUT_FILES);
	try {
		const pack = options.pack ? await loadPack(options.pack) : undefined;
		const identities = await loadIdentities(options.identities);
		const { files, skipped } = await listInputs(options.inputs, options.out);
		const content = await loadContent(join(io.root, 'checklists'), io.root);
		const aggregator = createAggregator({ content, pack, now: options.now });
		const results: FileResult[] = [];
		await forEachLimited(files, async (path) => {
			const name = relative(process.cwd(), path);
			results.push(await readOne(path, name, { orgId: pack?.orgId, identities, aggregator }));
			if (results.length % PROGRESS_EVERY === 0) {
				io.stderr(`${results.length}/${files.length} files read`);
			}
		});
		await output.commit(outputs(aggregator.result(), options.lang));
		const shown = skipped.map((s) => ({ ...s, name: relative(process.cwd(), s.path) }));
		const { lines, summary, status } = runReport(results, shown);
		for (const line of lines) io.stderr(line);
		io.stderr(`${summary}; wrote ${options.out}/`);
		return status;
	} catch (error) {
		await output.discard();
		throw error;
	}
}

/** Every failure ends as plain words and exit 2; the stack only when asked for. */
function failureText(error: unknown, debug: boolean): string {
	if (error instanceof UsageError) return `aggregate: ${error.message}\n\n${USAGE}`;
	const line = `aggregate: ${errorText(error)}`;
	if (error instanceof PathError) return line;
	if (debug && error instanceof Error) return `${line}\n${error.stack}`;
	return `${line} (unexpected; --debug shows where)`;
}

/**
 * `aggregate <folder or files...>`: the organisation aggregate from a folder of summaries, with
 * the same code as the app. Streams: one file at a time (a few at once) goes into the
 * aggregator, so memory follows the number of people and keeps only a line per file (its name
 * and revision). The app's 5,000-file and 200 MB limits of one drop are for a browser tab and
 * do not apply here; the per-file size limit does. Returns the exit status.
 */
export async function runAggregate(argv: string[], io: CliIo): Promise<number> {
	if (argv.includes('--help')) {
		io.stderr(USAGE);
		return 0;
	}
	try {
		return await aggregate(parseOptions(argv), io);
	} catch (error) {
		io.stderr(failureText(error, argv.includes('--debug')));
		return 2;
	}
}
