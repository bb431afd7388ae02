// Vite's module runner for Node scripts that run TypeScript (Node 20 cannot load it itself).
// Unlike runnerImport, the runner stays open while `use` runs: the domain loads the age library
// with import() only when it meets an encrypted file, and that import needs the runner.
import { createRunnableDevEnvironment, resolveConfig } from 'vite';

/**
 * Calls `use` with a loader of modules (absolute paths), then closes the runner.
 * @template T
 * @param {string} root the project's folder
 * @param {(load: (path: string) => Promise<any>) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withModuleRunner(root, use) {
	const config = await resolveConfig(
		{
			root,
			logLevel: 'silent',
			configFile: false,
			envDir: false,
			environments: {
				cli: {
					consumer: 'server',
					dev: { moduleRunnerTransform: true },
					resolve: { external: true, mainFields: [], conditions: ['node'] }
				}
			}
		},
		'serve'
	);
	const environment = createRunnableDevEnvironment('cli', config, {
		runnerOptions: { hmr: { logger: false } },
		hot: false
	});
	await environment.init();
	try {
		return await use((path) => environment.runner.import(path));
	} finally {
		await environment.close();
	}
}
