import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { splitByLanguage, textChunkName } from '../domain/content/by-language.ts';
import { LOCALES, type Locale } from '../domain/shared/locale.ts';
import { checkedMeasure } from '../domain/meetings/meeting-check.ts';
import { settingOwnersOf } from '../domain/meetings/setting-owners.ts';
import { loadContent } from './read-checklists.ts';

/** Everything in both languages, for tests and tools (the app loads the parts below). */
const CONTENT_ID = 'virtual:checklist-content';
/**
 * Content the app loads in parts: `<base>-shape` without its text, and `<base>-text-<locale>`,
 * the text of one language, so a page loads (and the service worker keeps) only the languages
 * in use. The checklist's; the meeting check's levels and measures (not the app cards); and the
 * meeting content with the app cards, which only the meeting-apps page loads.
 */
const CHECKLIST = 'virtual:checklist';
const MEETING_CHECK = 'virtual:meeting-check';
const MEETINGS = 'virtual:meetings';
/**
 * IPA's self-diagnosis and MIC's categories mapped to items: only the readiness page loads them
 * (in parts); the whole module, in both languages, is for tests.
 */
const CROSSWALKS = 'virtual:crosswalks';
const IN_PARTS = [CHECKLIST, MEETING_CHECK, MEETINGS, CROSSWALKS];
const shapeId = (base: string) => `${base}-shape`;
const textId = (base: string, locale: Locale) => `${base}-text-${locale}`;
const partIds = (base: string) => [shapeId(base), ...LOCALES.map((locale) => textId(base, locale))];
/** Only the version: pages that show or record it need not load every item. */
const VERSION_ID = 'virtual:checklist-version';
/** Levels and measures in both languages, for tests (the meeting check loads them in parts). */
const MEETING_CHECK_ID = 'virtual:meeting-check-content';
/** Who changes each app card setting: all the employee's checklist needs of the meeting content. */
const OWNERS_ID = 'virtual:meeting-setting-owners';
const resolved = (id: string) => `\0${id}`;

/** A feature's messages in one language (src/lib/i18n/features/help.ja.ts, help.en.ts). */
const MESSAGES_FILE = /[\\/]src[\\/]lib[\\/]i18n[\\/]features[\\/][\w-]+\.(\w+)\.ts$/;

/** The language of a module that holds one language's text only: the content's or a feature's. */
function textLanguage(id: string): Locale | undefined {
	const file = MESSAGES_FILE.exec(id)?.[1];
	return LOCALES.find(
		(locale) => file === locale || IN_PARTS.some((base) => id === resolved(textId(base, locale)))
	);
}

/** The language of a chunk made of one language's text only, if it is one. */
function languageOf(moduleIds: readonly string[]): Locale | undefined {
	const languages = new Set(moduleIds.map(textLanguage));
	const [language] = languages;
	return languages.size === 1 ? language : undefined;
}

/**
 * The value as JSON in a string: V8 reads a large JSON string much faster than the same object
 * literal in JavaScript, and the content's text parts run to 180 KB (one 66 ms task on a page's
 * first load, before this).
 */
function exportDefault(name: string, value: unknown): string {
	const json = JSON.stringify(JSON.stringify(value));
	return `export const ${name} = JSON.parse(${json});\nexport default ${name};\n`;
}

/** The module `id` if it is one of `value`'s parts (`base`'s shape or one language's text). */
function inParts(value: unknown, id: string, base: string): string | undefined {
	if (!partIds(base).some((own) => id === resolved(own))) return undefined;
	const { shape, text } = splitByLanguage(value);
	if (id === resolved(shapeId(base))) return exportDefault('shape', shape);
	const locale = LOCALES.find((own) => id === resolved(textId(base, own)));
	return locale && exportDefault('text', text[locale]);
}

/**
 * Compiles `checklists/` into the modules `virtual:checklist-content`, the parts of the
 * checklist, the meeting check and the meeting content (`virtual:meetings-shape`,
 * `virtual:meetings-text-ja`, …), `virtual:checklist-version`, `virtual:meeting-check-content`,
 * `virtual:meeting-setting-owners` and `virtual:crosswalks` (also in parts) at build time.
 * Invalid content fails the build (and shows the error overlay in dev) with file, item and field.
 */
export function checklistContent(dir = 'checklists'): Plugin {
	const root = resolve(dir);
	const ids = [
		CONTENT_ID,
		...IN_PARTS.flatMap(partIds),
		VERSION_ID,
		MEETING_CHECK_ID,
		OWNERS_ID,
		CROSSWALKS
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
			const crosswalkIds = [CROSSWALKS, ...partIds(CROSSWALKS)].map(resolved);
			if (crosswalkIds.includes(id) && !crosswalks) {
				throw new Error(`${dir}/crosswalks/ is missing`);
			}
			if (id === resolved(CROSSWALKS)) return exportDefault('crosswalks', crosswalks);
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
				inParts(crosswalks, id, CROSSWALKS) ??
				inParts(meetings, id, MEETINGS) ??
				inParts(meetingCheck, id, MEETING_CHECK) ??
				inParts(checklist, id, CHECKLIST)
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
