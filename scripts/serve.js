// `npm run serve` / `npm start`: serves build/ like a production static host.
// PORT (default 4173) and HOST (default 127.0.0.1) choose the address; TLS_CERT + TLS_KEY (PEM files)
// switch to HTTPS, which a phone needs for the service worker and the camera off localhost.
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { networkInterfaces } from 'node:os';
import { createServer as createHttpServer } from 'node:http';
import { createStaticHandler } from './static-server.js';

const dir = process.env.TWC_BUILD_DIR ?? 'build';
const host = process.env.HOST ?? '127.0.0.1';
const portChosen = process.env.PORT !== undefined;
const firstPort = Number(process.env.PORT ?? 4173);
// Without a chosen PORT a busy default moves on to the next free one, as Vite does.
const lastPort = portChosen ? firstPort : firstPort + 10;

if (!existsSync(`${dir}/index.html`)) {
	console.error(
		`No build in ./${dir}. Run "npm run build" first (or "npm start", which does both).`
	);
	process.exit(1);
}

function makeServer() {
	const handler = createStaticHandler(dir);
	const { TLS_CERT: cert, TLS_KEY: key } = process.env;
	if (!cert !== !key) {
		console.error('Set both TLS_CERT and TLS_KEY (PEM files) for HTTPS, or neither.');
		process.exit(1);
	}
	if (!cert) return { server: createHttpServer(handler), scheme: 'http' };
	const tls = { cert: readFileSync(cert), key: readFileSync(key) };
	return { server: createHttpsServer(tls, handler), scheme: 'https' };
}

/** The machine's LAN addresses, for a phone on the same network when HOST is 0.0.0.0. */
function lanAddresses() {
	return Object.values(networkInterfaces())
		.flat()
		.filter((net) => net && net.family === 'IPv4' && !net.internal)
		.map((net) => net.address);
}

function announce(scheme, port) {
	const shown = host === '0.0.0.0' ? ['127.0.0.1', ...lanAddresses()] : [host];
	for (const address of shown)
		console.log(`Telework Check is running at ${scheme}://${address}:${port}/`);
	if (port !== firstPort) console.log(`(port ${firstPort} was busy)`);
	console.log('Ctrl+C to stop.');
}

function listen(port) {
	const { server, scheme } = makeServer();
	server.once('error', (error) => {
		if (error.code === 'EADDRINUSE' && port < lastPort) return listen(port + 1);
		if (error.code === 'EADDRINUSE') {
			const hint = portChosen
				? `Stop the program using it, or choose another port: PORT=${port + 1} npm run serve`
				: `Ports ${firstPort}-${lastPort} are all busy; choose one: PORT=5000 npm run serve`;
			console.error(`Port ${port} on ${host} is already in use. ${hint}`);
		} else {
			console.error(`Could not serve on ${host}:${port}: ${error.message}`);
		}
		process.exit(1);
	});
	server.listen(port, host, () => announce(scheme, port));
}

listen(firstPort);
