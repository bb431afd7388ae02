import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { splitByLanguage, textChunkName } from '../domain/content/by-language.ts';
import { LOCALES, type Locale } from '../domain/shared/locale.ts';
import { checkedMeasure } from '../domain/meetings/meeting-check.ts';
import { settingOwnersOf } from '../domain/meetings/setting-owners.ts';
import { loadContent } from './read-checklists.ts';

/** Everything in both languages, for tests and tools (the app loads the parts below). */
const CONTENT_ID = 'virtual:checklist-content';
/** The checklist content without its text... */
const SHAPE_ID = 'virtual:checklist-shape';
/** ...and the text of one language (`virtual:checklist-text-ja`): a page loads its language's. */
const TEXT_PREFIX = 'virtual:checklist-text-';
const TEXT_IDS = LOCALES.map((locale) => `${TEXT_PREFIX}${locale}`);
/** Only the version: pages that show or record it need not load every item. */
const VERSION_ID = 'virtual:checklist-version';
/** Criteria, meeting levels and app cards: only the meeting pages load them. */
const MEETINGS_ID = 'virtual:meeting-content';
/** Levels and measures: all the meeting check needs before it starts (not the app cards)... */
const MEETING_CHECK_ID = 'virtual:meeting-check-content';
/** ...in parts too, like the checklist: the shape, and each language's text. */
const MEETING_CHECK_SHAPE_ID = 'virtual:meeting-check-shape';
const MEETING_CHECK_TEXT_PREFIX = 'virtual:meeting-check-text-';
const MEETING_CHECK_TEXT_IDS = LOCALES.map((locale) => `${MEETING_CHECK_TEXT_PREFIX}${locale}`);
/** Who changes each app card setting: all the employee's checklist needs of the meeting content. */
const OWNERS_ID = 'virtual:meeting-setting-owners';
/** IPA's self-diagnosis and MIC's categories mapped to items: only the owner's and admin's views. */
const CROSSWALKS_ID = 'virtual:crosswalks';
const resolved = (id: string) => `\0${id}`;

/** A feature's messages in one language (src/lib/i18n/features/help.ja.ts, help.en.ts). */
const MESSAGES_FILE = /[\\/]src[\\/]lib[\\/]i18n[\\/]features[\\/][\w-]+\.(\w+)\.ts$/;

/** The language of a module that holds one language's text only: the content's or a feature's. */
function textLanguage(id: string): Locale | undefined {
	const file = MESSAGES_FILE.exec(id)?.[1];
	return LOCALES.find(
		(locale) =>
			id === resolved(`${TEXT_PREFIX}${locale}`) ||
			id === resolved(`${MEETING_CHECK_TEXT_PREFIX}${locale}`) ||
			file === locale
	);
}

/** The language of a chunk made of one language's text only, if it is one. */
function languageOf(moduleIds: readonly string[]): Locale | undefined {
	const languages = new Set(moduleIds.map(textLanguage));
	const [language] = languages;
	return languages.size === 1 ? language : undefined;
}

function exportDefault(name: string, value: unknown): string {
	return `export const ${name} = ${JSON.stringify(value)};\nexport default ${name};\n`;
}

/** The module `id` if it is `value`'s shape (`shapeId`) or one language's text (`textPrefix`). */
function inParts(
	value: unknown,
	id: string,
	shapeId: string,
	textPrefix: string
): string | undefined {
	const { shape, text } = splitByLanguage(value);
	if (id === resolved(shapeId)) return exportDefault('shape', shape);
	const locale = LOCALES.find((own) => id === resolved(`${textPrefix}${own}`));
	return locale ? exportDefault('text', text[locale]) : undefined;
}

/**
 * Compiles `checklists/` into the modules `virtual:checklist-content` (also in parts:
 * `virtual:checklist-shape` and `virtual:checklist-text-<locale>`), `virtual:checklist-version`,
 * `virtual:meeting-content`, `virtual:meeting-check-content`, `virtual:meeting-setting-owners`
 * and `virtual:crosswalks` at build time. Invalid content fails the build (and shows the error
 * overlay in dev) with file, item and field.
 */
export function checklistContent(dir = 'checklists'): Plugin {
	const root = resolve(dir);
	const ids = [
		CONTENT_ID,
		SHAPE_ID,
		...TEXT_IDS,
		VERSION_ID,
		MEETINGS_ID,
		MEETING_CHECK_ID,
		MEETING_CHECK_SHAPE_ID,
		...MEETING_CHECK_TEXT_IDS,
		OWNERS_ID,
		CROSSWALKS_ID
	];
	// Compiled once per build (each module used to compile it again), and again after an edit.
	let compiled: ReturnType<typeof loadContent> | undefined;
	return {
		name: 'telework-check:checklist-content',
		resolveId(id) {
			return ids.includes(id) ? resolved(id) : undefined;
		},
		async load(id) {
			if (!ids.some((own) => resolved(own) === id)) return undefined;
			compiled ??= loadContent(root, resolve(root, '..'));
			const content = await compiled.catch((error: unknown) => {
				compiled = undefined; // the next load reports the problem again, or its fix
				throw error;
			});
			const version = `export const contentVersion = ${JSON.stringify(content.contentVersion)};\n`;
			if (id === resolved(VERSION_ID)) return version;
			const { meetings, crosswalks, ...checklist } = content;
			if (id === resolved(MEETINGS_ID)) return exportDefault('meetings', meetings);
			if (id === resolved(CROSSWALKS_ID)) {
				if (!crosswalks) throw new Error(`${dir}/crosswalks/ is missing`);
				return exportDefault('crosswalks', crosswalks);
			}
			const meetingCheck = {
				levels: meetings.levels,
				measures: meetings.measures.map(checkedMeasure)
			};
			if (id === resolved(MEETING_CHECK_ID)) return exportDefault('meetingCheck', meetingCheck);
			if (id === resolved(OWNERS_ID)) {
				return exportDefault('settingOwners', settingOwnersOf(meetings.cards));
			}
			if (id === resolved(CONTENT_ID)) return exportDefault('content', checklist);
			return (
				inParts(meetingCheck, id, MEETING_CHECK_SHAPE_ID, MEETING_CHECK_TEXT_PREFIX) ??
				inParts(checklist, id, SHAPE_ID, TEXT_PREFIX)
			);
		},
		// SvelteKit names client chunks by their hash alone; a language's text chunk gets its
		// language in its name, so the service worker can tell it apart.
		outputOptions(options) {
			const names = options.chunkFileNames;
			if (typeof names !== 'string' || !names.endsWith('/chunks/[hash].js')) return null;
			return {
				...options,
				chunkFileNames: ({ moduleIds }) => {
					const locale = languageOf(moduleIds);
					return locale ? names.replace('[hash].js', textChunkName(locale, '[hash]')) : names;
				}
			};
		},
		configureServer(server) {
			server.watcher.add(root);
			server.watcher.on('all', (_event, file) => {
				if (!file.startsWith(root)) return;
				compiled = undefined;
				for (const id of ids) {
					const mod = server.moduleGraph.getModuleById(resolved(id));
					if (mod) server.moduleGraph.invalidateModule(mod);
				}
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
