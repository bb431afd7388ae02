// `npm run content:report`: writes checklists/OVERVIEW.md and appends new ids to checklists/item-ids.txt.
// `--summary` prints the per-role counts and the employee MUST range only (quick check while writing);
// `--only=items/a.yaml,items/b.yaml` compiles just those item files (with content.yaml and retired.yaml).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module: loader } = await runnerImport('./src/lib/node/read-checklists.ts');
const { module: overview } = await runnerImport('./src/lib/domain/content/overview.ts');
const only = process.argv
	.find((a) => a.startsWith('--only='))
	?.slice('--only='.length)
	.split(',');
const compiled = only ? undefined : await loader.loadCompiled('checklists');
const content = compiled?.content ?? (await compileOnly(only));

/** @param {string[]} itemFiles */
async function compileOnly(itemFiles) {
	const { module: compiler } = await runnerImport('./src/lib/domain/content/compile.ts');
	const files = (await loader.readChecklistFiles('checklists')).filter(
		(f) => !f.path.includes('/items/') || itemFiles.some((name) => f.path.endsWith(name))
	);
	const result = compiler.compileContent(files);
	if (result.ok) return result.content;
	for (const issue of result.issues) console.error(`- ${compiler.formatIssue(issue)}`);
	process.exit(1);
}

const range = overview.mustRange(content);
for (const role of ['employee', 'admin', 'owner']) {
	const items = content.items.filter((i) => i.roles.includes(role));
	console.log(
		`${role}: ${items.length} items (${items.filter((i) => i.tier === 'must').length} base MUST)`
	);
}
console.log(
	`employee MUST count over ${range.contexts} contexts: ${range.min} to ${range.max} (median ${range.median})`
);

if (!process.argv.includes('--summary') && !only) {
	writeFileSync('checklists/OVERVIEW.md', overview.renderOverview(content, compiled?.traceability));
	const known = existsSync('checklists/item-ids.txt')
		? readFileSync('checklists/item-ids.txt', 'utf8').split('\n').filter(Boolean)
		: [];
	const added = content.items.map((i) => i.id).filter((id) => !known.includes(id));
	writeFileSync('checklists/item-ids.txt', [...known, ...added].map((id) => `${id}\n`).join(''));
	console.log(`wrote checklists/OVERVIEW.md; ${added.length} new id(s) in checklists/item-ids.txt`);
}
