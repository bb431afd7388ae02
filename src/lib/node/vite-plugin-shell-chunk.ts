import type { Plugin } from 'vite';

/** SvelteKit's client entries that every page loads: the app, the root layout and error page. */
const SHELL_ENTRIES =
	/[\\/]\.svelte-kit[\\/]generated[\\/]client-optimized[\\/](app|nodes[\\/][01])\.js$/;
const SHELL_CHUNK = 'shell';

/**
 * Puts every module the root layout imports statically (the Svelte runtime, the shell's state,
 * texts and components) into one `shell` chunk. Left to itself the bundler splits them into some
 * thirty files of a few hundred bytes, each compressed alone and each costing a request, on every
 * page. Only the layout's static imports are taken, so no page's own code moves into the shell.
 */
export function shellChunk(): Plugin {
	const shell = new Set<string>();
	return {
		name: 'telework-check:shell-chunk',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		buildEnd() {
			const entries = [...this.getModuleIds()].filter((id) => SHELL_ENTRIES.test(id));
			const queue = entries.flatMap((id) => this.getModuleInfo(id)?.importedIds ?? []);
			for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
				if (shell.has(id)) continue;
				shell.add(id);
				queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
			}
		},
		outputOptions(options) {
			const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
			const group = { name: SHELL_CHUNK, test: (id: string) => shell.has(id) };
			return {
				...options,
				codeSplitting: { ...splitting, groups: [group, ...(splitting.groups ?? [])] }
			};
		}
	};
}
