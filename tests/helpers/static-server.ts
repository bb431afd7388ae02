import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../scripts/static-server.js';

export const BUILD_DIR = process.env.TWC_BUILD_DIR ?? 'build';

export interface StaticServer {
	url: string;
	stop(): Promise<void>;
}

/** Serves a build on a free loopback port; `stop()` closes it and every open connection. */
export async function startServer(dir = BUILD_DIR): Promise<StaticServer> {
	const server: Server = createStaticServer(dir, { dev: true });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	let stopped: Promise<void> | undefined;
	return {
		url: `http://127.0.0.1:${port}`,
		stop: () =>
			(stopped ??= new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}))
	};
}
