import { existsSync } from 'node:fs';
import { createStaticServer } from './static-server.js';

const dir = process.env.TWC_BUILD_DIR ?? 'build';
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(`${dir}/index.html`)) {
	console.error(
		`No build in ./${dir}. Run "npm run build" first (or "npm start", which does both).`
	);
	process.exit(1);
}

const server = createStaticServer(dir);
server.on('error', (error) => {
	console.error(`Could not serve on ${host}:${port}: ${error.message}`);
	process.exit(1);
});
server.listen(port, host, () => {
	console.log(`Telework Check is running at http://${host}:${port}/  (Ctrl+C to stop)`);
});
