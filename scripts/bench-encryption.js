// What encrypting a summary to the admin (issue 20) costs in size: 100 synthetic summaries of
// typical devices, each as a file and as a link, plain and encrypted to the fixture admin key,
// and whether the link still fits the 8,000 characters the share panel allows and a QR code.
// `node scripts/bench-encryption.js` runs it alone; bench.js calls benchEncryption().
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withModuleRunner } from '../src/cli/module-runner.js';

const SAMPLE = 100;
/** The share panel's limit (src/lib/ui/ShareLink.svelte): longer links break in some mail apps. */
const LINK_LIMIT = 8000;
/** The link's path and fragment name; the site's own address comes before it. */
const LINK_PREFIX = '/summaries#summary=';
const NOW = new Date('2026-12-01T09:00:00.000Z');

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * @returns {Promise<{ summaries: number, file: { plain: number, encrypted: number },
 *   link: { plain: number, encrypted: number, longestEncrypted: number },
 *   qr: { plain: number, encrypted: number }, linkLimit: number, pass: boolean }>}
 */
export async function benchEncryption() {
	const root = fileURLToPath(new URL('../', import.meta.url));
	return withModuleRunner(root, async (load) =>
		measure(await load(`${root}tests/fixtures/aggregate/bench-encryption-modules.ts`))
	);
}

/** @param {any} m the modules of bench-encryption-modules.ts */
async function measure(m) {
	const keyFile = await readFile('tests/fixtures/age/admin-key.txt', 'utf8');
	const recipient = /^# public key: (age1\S+)$/m.exec(keyFile)?.[1];
	if (!recipient) throw new Error('tests/fixtures/age/admin-key.txt has no public key line');
	const content = await m.loadContent('checklists');
	const summaries = m.syntheticSummaries({
		content,
		count: SAMPLE,
		now: NOW,
		orgId: 'example-trading'
	});
	/** @type {Record<string, number[]>} */
	const sizes = { filePlain: [], fileEncrypted: [], linkPlain: [], linkEncrypted: [] };
	const qrFits = { plain: 0, encrypted: 0 };
	for (const summary of summaries) {
		const made = await Promise.all([
			m.summaryFile(summary),
			m.summaryFile(summary, recipient),
			m.summaryLinkData(summary),
			m.summaryLinkData(summary, recipient)
		]);
		const [filePlain, fileEncrypted, linkPlain, linkEncrypted] = made.map((result) => {
			if (!result.ok) throw new Error(`could not make the summary: ${result.problem}`);
			return result.value;
		});
		sizes.filePlain.push(filePlain.bytes.byteLength);
		sizes.fileEncrypted.push(fileEncrypted.bytes.byteLength);
		sizes.linkPlain.push(LINK_PREFIX.length + linkPlain.length);
		sizes.linkEncrypted.push(LINK_PREFIX.length + linkEncrypted.length);
		if (m.qrPath(LINK_PREFIX + linkPlain)) qrFits.plain++;
		if (m.qrPath(LINK_PREFIX + linkEncrypted)) qrFits.encrypted++;
	}
	const longestEncrypted = Math.max(...sizes.linkEncrypted);
	const result = {
		summaries: SAMPLE,
		file: { plain: median(sizes.filePlain), encrypted: median(sizes.fileEncrypted) },
		link: {
			plain: median(sizes.linkPlain),
			encrypted: median(sizes.linkEncrypted),
			longestEncrypted
		},
		qr: qrFits,
		linkLimit: LINK_LIMIT,
		pass: longestEncrypted <= LINK_LIMIT
	};
	console.log(
		`Encryption to the admin, ${SAMPLE} typical summaries (medians): file ${result.file.plain} → ` +
			`${result.file.encrypted} bytes; link ${result.link.plain} → ${result.link.encrypted} ` +
			`characters plus the site's address (longest encrypted ${longestEncrypted}, limit ` +
			`${LINK_LIMIT}); as a QR code: ${qrFits.plain} plain and ${qrFits.encrypted} encrypted ` +
			`of ${SAMPLE} fit`
	);
	return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await benchEncryption();
}
