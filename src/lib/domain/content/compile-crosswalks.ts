import type { ContentIssue, SourceFile } from './compile.ts';
import {
	ipaSelfDiagnosisFileSchema,
	micGuidelineFileSchema,
	type Crosswalks,
	type IpaSelfDiagnosis
} from './crosswalk-schema.ts';
import type { Item } from './item-schema.ts';
import { parseWith } from './parse-file.ts';

export type { Crosswalks };

export const CROSSWALKS_DIR = 'crosswalks/';
const IPA_FILE = `${CROSSWALKS_DIR}ipa-self-diagnosis.yaml`;
const MIC_FILE = `${CROSSWALKS_DIR}mic-guideline.yaml`;

const under = (path: string, part: string) => `/${path}`.includes(`/${part}`);

export function isCrosswalkFile(path: string): boolean {
	return under(path, CROSSWALKS_DIR);
}

/** A list of item ids at `field` names only items that exist (and, if `role` is given, have it). */
function checkItems(
	file: string,
	field: string,
	ids: readonly string[],
	items: ReadonlyMap<string, Item>,
	issues: ContentIssue[],
	role?: Item['roles'][number]
): void {
	ids.forEach((id, index) => {
		const item = items.get(id);
		const where = { file, field: `${field}[${index}]` };
		if (!item) issues.push({ ...where, message: `"${id}" is not an item id` });
		else if (role && !item.roles.includes(role)) {
			issues.push({ ...where, message: `"${id}" must be an item that the ${role} answers` });
		}
	});
}

/** Every topic and measure names existing items; a measure, items the employee answers. */
function checkIpa(
	file: string,
	ipa: IpaSelfDiagnosis,
	items: ReadonlyMap<string, Item>,
	issues: ContentIssue[]
): void {
	ipa.topics.forEach((topic, index) => {
		checkItems(file, `topics[${index}].items`, topic.items, items, issues);
	});
	ipa.fiveMeasures.forEach((measure, index) => {
		checkItems(file, `fiveMeasures[${index}].items`, measure.items, items, issues, 'employee');
	});
}

/**
 * Compiles `checklists/crosswalks/`, checking every mapping against the items. Content without
 * a crosswalks folder compiles without crosswalks (the checklist alone still works).
 */
export function compileCrosswalks(
	files: readonly SourceFile[],
	items: readonly Item[],
	issues: ContentIssue[]
): Crosswalks | undefined {
	if (files.length === 0) return undefined;
	const ipaFile = files.find((f) => under(f.path, IPA_FILE));
	const micFile = files.find((f) => under(f.path, MIC_FILE));
	for (const f of files) {
		if (f !== ipaFile && f !== micFile) {
			issues.push({ file: f.path, field: '(file)', message: 'is not a known crosswalk file' });
		}
	}
	if (!ipaFile) issues.push({ file: IPA_FILE, field: '(file)', message: 'is missing' });
	if (!micFile) issues.push({ file: MIC_FILE, field: '(file)', message: 'is missing' });
	const ipa = ipaFile && parseWith(ipaSelfDiagnosisFileSchema, ipaFile, issues);
	const mic = micFile && parseWith(micGuidelineFileSchema, micFile, issues);
	const byId = new Map(items.map((item) => [item.id, item]));
	if (ipaFile && ipa) checkIpa(ipaFile.path, ipa, byId, issues);
	mic?.categories.forEach((category, index) => {
		const field = `categories[${index}].items`;
		checkItems(micFile?.path ?? MIC_FILE, field, category.items, byId, issues);
	});
	return ipa && mic ? { ipa, mic } : undefined;
}
