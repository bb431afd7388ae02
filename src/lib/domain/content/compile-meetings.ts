import type { ContentIssue, SourceFile } from './compile.ts';
import { parseWith } from './parse-file.ts';
import {
	appCardFileSchema,
	criteriaFileSchema,
	sensitivityFileSchema,
	type AppCard,
	type Criterion,
	type MeetingContent
} from './meeting-schemas.ts';

export type { MeetingContent };

export const MEETINGS_DIR = 'meetings/';
const CRITERIA_FILE = `${MEETINGS_DIR}criteria.yaml`;
const SENSITIVITY_FILE = `${MEETINGS_DIR}sensitivity.yaml`;
const APPS_DIR = `${MEETINGS_DIR}apps/`;

const under = (path: string, part: string) => `/${path}`.includes(`/${part}`);

export function isMeetingFile(path: string): boolean {
	return under(path, MEETINGS_DIR);
}

/** A card answers every criterion exactly once, for criteria that exist, and links real ones. */
function checkCard(path: string, card: AppCard, criteria: Criterion[], issues: ContentIssue[]) {
	const ids = new Set(criteria.map((c) => c.id));
	const answered = new Set(card.facts.map((f) => f.criterion));
	card.facts.forEach((fact, index) => {
		if (!ids.has(fact.criterion)) {
			issues.push({
				file: path,
				field: `facts[${index}].criterion`,
				message: `"${fact.criterion}" is not a criterion in ${CRITERIA_FILE}`
			});
		}
	});
	for (const id of ids) {
		if (!answered.has(id)) {
			issues.push({
				file: path,
				field: 'facts',
				message: `has no fact for criterion "${id}" (answer "unknown" when there is no source)`
			});
		}
	}
	card.settings.forEach((setting, index) => {
		if (setting.criterion && !ids.has(setting.criterion)) {
			issues.push({
				file: path,
				field: `settings[${index}].criterion`,
				message: `"${setting.criterion}" is not a criterion in ${CRITERIA_FILE}`
			});
		}
	});
}

/**
 * Compiles `checklists/meetings/`: criteria, meeting levels and one card per app. Content without
 * a meetings folder compiles to empty lists (the checklist alone still works).
 */
export function compileMeetings(
	files: readonly SourceFile[],
	appIds: ReadonlySet<string>,
	issues: ContentIssue[]
): MeetingContent {
	const empty: MeetingContent = { criteria: [], levels: [], measures: [], cards: [] };
	if (files.length === 0) return empty;
	const criteriaFile = files.find((f) => under(f.path, CRITERIA_FILE));
	const sensitivityFile = files.find((f) => under(f.path, SENSITIVITY_FILE));
	const cardFiles = files.filter((f) => under(f.path, APPS_DIR));
	for (const f of files) {
		if (f !== criteriaFile && f !== sensitivityFile && !cardFiles.includes(f)) {
			issues.push({ file: f.path, field: '(file)', message: 'is not a known meetings file' });
		}
	}
	for (const [file, name] of [
		[criteriaFile, CRITERIA_FILE],
		[sensitivityFile, SENSITIVITY_FILE]
	] as const) {
		if (!file) issues.push({ file: name, field: '(file)', message: 'is missing' });
	}
	const criteria = criteriaFile && parseWith(criteriaFileSchema, criteriaFile, issues)?.criteria;
	const sensitivity = sensitivityFile && parseWith(sensitivityFileSchema, sensitivityFile, issues);
	const cards: AppCard[] = [];
	const seenApps = new Map<string, string>();
	for (const file of cardFiles) {
		const card = parseWith(appCardFileSchema, file, issues);
		if (!card) continue;
		if (!appIds.has(card.app)) {
			issues.push({
				file: file.path,
				field: 'app',
				message: `"${card.app}" is not a meeting app in content.yaml`
			});
		}
		const earlier = seenApps.get(card.app);
		if (earlier)
			issues.push({ file: file.path, field: 'app', message: `already has a card in ${earlier}` });
		seenApps.set(card.app, file.path);
		if (criteria) checkCard(file.path, card, criteria, issues);
		cards.push(card);
	}
	if (!criteria || !sensitivity) return empty;
	return { criteria, levels: sensitivity.levels, measures: sensitivity.measures, cards };
}
