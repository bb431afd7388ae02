import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from './read-checklists.ts';

const VIRTUAL_ID = 'virtual:checklist-content';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Compiles `checklists/` into the module `virtual:checklist-content` at build time.
 * Invalid content fails the build (and shows the error overlay in dev) with file, item and field.
 */
export function checklistContent(dir = 'checklists'): Plugin {
	const root = resolve(dir);
	return {
		name: 'telework-check:checklist-content',
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
		},
		async load(id) {
			if (id !== RESOLVED_ID) return undefined;
			const content = await loadContent(root, resolve(root, '..'));
			return `export const content = ${JSON.stringify(content)};\nexport default content;\n`;
		},
		configureServer(server) {
			server.watcher.add(root);
			server.watcher.on('all', (_event, file) => {
				if (!file.startsWith(root)) return;
				const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
				if (mod) server.moduleGraph.invalidateModule(mod);
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
