import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { settingOwnersOf } from '../domain/meetings/setting-owners.ts';
import { loadContent } from './read-checklists.ts';

const CONTENT_ID = 'virtual:checklist-content';
/** Only the version: pages that show or record it need not load every item. */
const VERSION_ID = 'virtual:checklist-version';
/** Criteria, meeting levels and app cards: only the meeting pages load them. */
const MEETINGS_ID = 'virtual:meeting-content';
/** Levels and measures: all the meeting check needs before it starts (not the app cards). */
const MEETING_CHECK_ID = 'virtual:meeting-check-content';
/** Who changes each app card setting: all the employee's checklist needs of the meeting content. */
const OWNERS_ID = 'virtual:meeting-setting-owners';
const resolved = (id: string) => `\0${id}`;

function exportDefault(name: string, value: unknown): string {
	return `export const ${name} = ${JSON.stringify(value)};\nexport default ${name};\n`;
}

/**
 * Compiles `checklists/` into the modules `virtual:checklist-content`,
 * `virtual:checklist-version`, `virtual:meeting-content`, `virtual:meeting-check-content` and
 * `virtual:meeting-setting-owners` at build time. Invalid content fails the build (and shows
 * the error overlay in dev) with file, item and field.
 */
export function checklistContent(dir = 'checklists'): Plugin {
	const root = resolve(dir);
	const ids = [CONTENT_ID, VERSION_ID, MEETINGS_ID, MEETING_CHECK_ID, OWNERS_ID];
	return {
		name: 'telework-check:checklist-content',
		resolveId(id) {
			return ids.includes(id) ? resolved(id) : undefined;
		},
		async load(id) {
			if (!ids.some((own) => resolved(own) === id)) return undefined;
			const content = await loadContent(root, resolve(root, '..'));
			const version = `export const contentVersion = ${JSON.stringify(content.contentVersion)};\n`;
			if (id === resolved(VERSION_ID)) return version;
			const { meetings, ...checklist } = content;
			if (id === resolved(MEETINGS_ID)) return exportDefault('meetings', meetings);
			if (id === resolved(MEETING_CHECK_ID)) {
				const { levels, measures } = meetings;
				return exportDefault('meetingCheck', { levels, measures });
			}
			if (id === resolved(OWNERS_ID)) {
				return exportDefault('settingOwners', settingOwnersOf(meetings.cards));
			}
			return exportDefault('content', checklist);
		},
		configureServer(server) {
			server.watcher.add(root);
			server.watcher.on('all', (_event, file) => {
				if (!file.startsWith(root)) return;
				for (const id of ids) {
					const mod = server.moduleGraph.getModuleById(resolved(id));
					if (mod) server.moduleGraph.invalidateModule(mod);
				}
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
