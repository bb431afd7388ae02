import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const build = mkdtempSync(join(tmpdir(), 'twc-serve-'));
writeFileSync(join(build, 'index.html'), '<!doctype html><title>ok</title>');
writeFileSync(join(build, '200.html'), '<!doctype html><title>ok</title>');

const running: ChildProcess[] = [];
const blockers: Server[] = [];
afterEach(() => {
	running.splice(0).forEach((child) => child.kill());
	blockers.splice(0).forEach((server) => server.close());
});

/** Holds a port (or finds it already held by someone else: busy either way). */
async function occupy(port: number): Promise<void> {
	const server = createServer();
	await new Promise<void>((resolve) => {
		server.once('error', () => resolve());
		server.listen(port, '127.0.0.1', () => {
			blockers.push(server);
			resolve();
		});
	});
}

function withoutPort(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const copy = { ...env };
	delete copy.PORT;
	return copy;
}

/** Starts serve.js and resolves with its output once it printed a URL or exited. */
function serve(env: NodeJS.ProcessEnv): Promise<{ out: string; code: number | null }> {
	const child = spawn('node', ['scripts/serve.js'], {
		env: { ...withoutPort(process.env), TWC_BUILD_DIR: build, ...env }
	});
	running.push(child);
	let out = '';
	return new Promise((resolve) => {
		const collect = (chunk: Buffer) => {
			out += chunk.toString();
			if (out.includes('Ctrl+C')) resolve({ out, code: null });
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.on('exit', (code) => resolve({ out, code }));
	});
}

describe('scripts/serve.js', () => {
	it('moves on to the next free port when the default one is busy, and says so', async () => {
		await occupy(4173);
		const { out } = await serve({});
		expect(out).toContain('port 4173 was busy');
		const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
		expect(Number(url?.[1])).toBeGreaterThan(4173);
		const response = await fetch(url![0]);
		expect(response.status).toBe(200);
	});

	it('stops with a plain message when the chosen PORT is busy', async () => {
		await occupy(4390);
		const { out, code } = await serve({ PORT: '4390' });
		expect(code).toBe(1);
		expect(out).toContain('Port 4390 on 127.0.0.1 is already in use');
		expect(out).toContain('PORT=4391');
	});

	it.skipIf(spawnSync('openssl', ['version']).status !== 0)(
		'serves HTTPS with TLS_CERT and TLS_KEY',
		async () => {
			const cert = join(build, 'cert.pem');
			const key = join(build, 'key.pem');
			const made = spawnSync('openssl', [
				...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
				...['-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert]
			]);
			expect(made.status).toBe(0);
			const { out } = await serve({ PORT: '4391', TLS_CERT: cert, TLS_KEY: key });
			expect(out).toContain('https://127.0.0.1:4391/');
		}
	);
});
