import {
	contentMetaFileSchema,
	itemsFileSchema,
	retiredFileSchema,
	type Category,
	type ContentMetaFile,
	type MeetingApp
} from './file-schemas.ts';
import type { Item } from './item-schema.ts';
import { ORG_ITEM_ID_PREFIX } from '../formats/patterns.ts';
import { parseWith } from './parse-file.ts';
import { compileMeetings, isMeetingFile, type MeetingContent } from './compile-meetings.ts';
import { compileCrosswalks, isCrosswalkFile, type Crosswalks } from './compile-crosswalks.ts';
import { traceabilityFileSchema, type Traceability } from './traceability.ts';

/** One content file as read from `checklists/`, with its path relative to the project. */
export interface SourceFile {
	path: string;
	text: string;
}

/** The compiled, validated content the app ships with. */
export interface Content extends ChecklistContent {
	/** Vetting criteria, meeting levels and app cards (`checklists/meetings/`). */
	meetings: MeetingContent;
	/** IPA's self-diagnosis and MIC's categories mapped to items (`checklists/crosswalks/`). */
	crosswalks?: Crosswalks;
}

/** The part the checklist pages load (the meeting pages load `meetings` on their own). */
export interface ChecklistContent {
	contentVersion: string;
	categories: Category[];
	meetingApps: MeetingApp[];
	items: Item[];
	retiredIds: string[];
}

/** A problem in the content, precise enough for an editor to fix it without guessing. */
export interface ContentIssue {
	file: string;
	itemId?: string;
	field: string;
	message: string;
}

export type CompileResult =
	| { ok: true; content: Content; traceability?: Traceability }
	| { ok: false; issues: ContentIssue[] };

export const META_FILE = 'content.yaml';
export const RETIRED_FILE = 'retired.yaml';
export const TRACEABILITY_FILE = 'traceability.yaml';
export const ITEMS_DIR = 'items/';

export function formatIssue(issue: ContentIssue): string {
	const item = issue.itemId ? ` › item "${issue.itemId}"` : '';
	return `${issue.file}${item} › ${issue.field || '(file)'}: ${issue.message}`;
}

function endsWith(path: string, name: string): boolean {
	return path === name || path.endsWith(`/${name}`);
}

/**
 * Checks that span files: unique ids, no retired id reused, none in the organisations' `org-`
 * namespace, known categories.
 */
function crossCheck(
	meta: ContentMetaFile,
	itemFiles: { path: string; items: Item[] }[],
	retiredIds: Set<string>,
	issues: ContentIssue[]
): void {
	const categoryIds = new Set(meta.categories.map((c) => c.id));
	const firstSeen = new Map<string, string>();
	for (const { path, items } of itemFiles) {
		for (const item of items) {
			const where = { file: path, itemId: item.id };
			const earlier = firstSeen.get(item.id);
			if (earlier) {
				issues.push({ ...where, field: 'id', message: `is already used in ${earlier}` });
			}
			firstSeen.set(item.id, path);
			if (retiredIds.has(item.id)) {
				issues.push({ ...where, field: 'id', message: 'is retired and must never be reused' });
			}
			if (item.id.startsWith(ORG_ITEM_ID_PREFIX)) {
				issues.push({
					...where,
					field: 'id',
					message: `must not start with "${ORG_ITEM_ID_PREFIX}": that is for organisations' own items`
				});
			}
			if (!categoryIds.has(item.category)) {
				issues.push({
					...where,
					field: 'category',
					message: `"${item.category}" is not a category in ${META_FILE}`
				});
			}
		}
	}
	const seenCategories = new Set<string>();
	meta.categories.forEach((category, index) => {
		if (seenCategories.has(category.id)) {
			issues.push({
				file: META_FILE,
				field: `categories[${index}].id`,
				message: `"${category.id}" is listed twice`
			});
		}
		seenCategories.add(category.id);
	});
}

/** Every traced item exists, and no seed point is listed twice. */
function checkTraceability(
	path: string,
	traceability: Traceability,
	itemFiles: { items: Item[] }[],
	issues: ContentIssue[]
): void {
	const itemIds = new Set(itemFiles.flatMap((f) => f.items.map((i) => i.id)));
	const seen = new Set<string>();
	traceability.seedPoints.forEach((point, index) => {
		if (seen.has(point.id)) {
			issues.push({
				file: path,
				field: `seedPoints[${index}].id`,
				message: `"${point.id}" is listed twice`
			});
		}
		seen.add(point.id);
		point.items?.forEach((id, j) => {
			if (!itemIds.has(id)) {
				issues.push({
					file: path,
					field: `seedPoints[${index}].items[${j}]`,
					message: `"${id}" is not an item id`
				});
			}
		});
	});
}

type ItemFiles = { path: string; items: Item[] }[];

/** A tier rule that cites a seed point names one that lists the item in traceability.yaml. */
function checkSeedRules(
	traceability: Traceability | undefined,
	itemFiles: ItemFiles,
	issues: ContentIssue[]
): void {
	const traced = new Map(traceability?.seedPoints.map((p) => [p.id, new Set(p.items)]));
	for (const { path, items } of itemFiles) {
		for (const item of items) {
			item.tierRules?.forEach((rule, index) => {
				if (rule.seed && !traced.get(rule.seed)?.has(item.id)) {
					issues.push({
						file: path,
						itemId: item.id,
						field: `tierRules[${index}].seed`,
						message: `"${rule.seed}" must be a seed point in ${TRACEABILITY_FILE} that lists "${item.id}"`
					});
				}
			});
		}
	}
}

/** An owner item's `combinedInto` names an admin item that is not itself combined. */
function checkCombined(itemFiles: ItemFiles, issues: ContentIssue[]): void {
	const byId = new Map(itemFiles.flatMap((f) => f.items.map((i) => [i.id, i] as const)));
	for (const { path, items } of itemFiles) {
		for (const item of items) {
			if (!item.combinedInto) continue;
			const target = byId.get(item.combinedInto);
			const fits =
				item.roles.includes('owner') &&
				target?.roles.includes('admin') &&
				target.combinedInto === undefined;
			if (!fits) {
				issues.push({
					file: path,
					itemId: item.id,
					field: 'combinedInto',
					message: `"${item.combinedInto}" must be an admin item (not itself combined) covering this owner item`
				});
			}
		}
	}
}

/** A meeting measure links only checklist items that exist. */
function checkMeasureItems(
	measures: MeetingContent['measures'],
	itemFiles: ItemFiles,
	issues: ContentIssue[]
): void {
	const itemIds = new Set(itemFiles.flatMap((f) => f.items.map((i) => i.id)));
	measures.forEach((measure, index) => {
		measure.items?.forEach((id, j) => {
			if (!itemIds.has(id)) {
				issues.push({
					file: 'meetings/sensitivity.yaml',
					field: `measures[${index}].items[${j}]`,
					message: `"${id}" is not an item id`
				});
			}
		});
	});
}

/**
 * Compiles the content files into one validated bundle. Pure: the caller reads the files.
 * Items keep the order of their files (sorted by path) and of their position in each file.
 */
export function compileContent(files: readonly SourceFile[]): CompileResult {
	const issues: ContentIssue[] = [];
	const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
	const metaFile = sorted.find((f) => endsWith(f.path, META_FILE));
	const retiredFile = sorted.find((f) => endsWith(f.path, RETIRED_FILE));
	const traceFile = sorted.find((f) => endsWith(f.path, TRACEABILITY_FILE));
	// A whole path segment: `draft-items/` must not ship as content.
	const itemSources = sorted.filter((f) => `/${f.path}`.includes(`/${ITEMS_DIR}`));
	for (const f of sorted) {
		const known = f === metaFile || f === retiredFile || f === traceFile;
		const ownFolder = isMeetingFile(f.path) || isCrosswalkFile(f.path);
		if (!known && !itemSources.includes(f) && !ownFolder) {
			issues.push({ file: f.path, field: '(file)', message: `is not a known content file` });
		}
	}
	if (!metaFile) issues.push({ file: META_FILE, field: '(file)', message: 'is missing' });
	if (itemSources.length === 0) {
		issues.push({ file: ITEMS_DIR, field: '(file)', message: 'holds no item files' });
	}

	const meta = metaFile && parseWith(contentMetaFileSchema, metaFile, issues);
	const retired = retiredFile ? parseWith(retiredFileSchema, retiredFile, issues) : { retired: [] };
	const traceability = traceFile && parseWith(traceabilityFileSchema, traceFile, issues);
	const itemFiles = itemSources.map((f) => ({
		path: f.path,
		items: parseWith(itemsFileSchema, f, issues)?.items ?? []
	}));
	const meetings = compileMeetings(
		sorted.filter((f) => isMeetingFile(f.path)),
		new Set(meta?.meetingApps.map((a) => a.id)),
		issues
	);
	if (!meta || !retired || issues.length > 0) return { ok: false, issues };

	const retiredIds = new Set(retired.retired.map((r) => r.id));
	crossCheck(meta, itemFiles, retiredIds, issues);
	if (traceFile && traceability) checkTraceability(traceFile.path, traceability, itemFiles, issues);
	checkSeedRules(traceFile ? traceability : undefined, itemFiles, issues);
	checkCombined(itemFiles, issues);
	checkMeasureItems(meetings.measures, itemFiles, issues);
	const crosswalks = compileCrosswalks(
		sorted.filter((f) => isCrosswalkFile(f.path)),
		itemFiles.flatMap((f) => f.items),
		issues
	);
	if (issues.length > 0) return { ok: false, issues };
	return {
		ok: true,
		...(traceability ? { traceability } : {}),
		content: {
			contentVersion: meta.contentVersion,
			categories: meta.categories,
			meetingApps: meta.meetingApps,
			items: itemFiles.flatMap((f) => f.items),
			retiredIds: [...retiredIds],
			meetings,
			...(crosswalks ? { crosswalks } : {})
		}
	};
}
