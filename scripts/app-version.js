import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The build's version name: `APP_VERSION` when set, else `<package version>+<git commit>`.
 * A dirty work tree gets a timestamp so that a local rebuild of changed code is still seen as new.
 */
export function appVersion() {
	if (process.env.APP_VERSION) return process.env.APP_VERSION;
	const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
	const git = (/** @type {string[]} */ ...args) => {
		try {
			return execFileSync('git', args, { stdio: ['ignore', 'pipe', 'ignore'] })
				.toString()
				.trim();
		} catch {
			return '';
		}
	};
	const commit = git('rev-parse', '--short=10', 'HEAD');
	if (!commit) return version;
	const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
	// The config is loaded more than once per build (prerendering too): all loads must agree.
	process.env.APP_VERSION = dirty
		? `${version}+${commit}.dev${Date.now()}`
		: `${version}+${commit}`;
	return process.env.APP_VERSION;
}
