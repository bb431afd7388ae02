import { listen } from '../../scripts/static-server.js';

export const BUILD_DIR = process.env.TWC_BUILD_DIR ?? 'build';

export type StaticServer = Awaited<ReturnType<typeof listen>>;

/** Serves a build on a free loopback port, re-reading the folder on each request (tests rebuild). */
export function startServer(dir = BUILD_DIR): Promise<StaticServer> {
	return listen(dir, { dev: true });
}
