import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

let xvfb: ChildProcess | undefined;

/**
 * The X display WebKitGTK's browser needs: the one the session has, or a private Xvfb started
 * here (it prints its display number on fd 3 when ready, so there is no sleep and no guess).
 */
export async function ensureDisplay(): Promise<string> {
	if (process.env.DISPLAY) return process.env.DISPLAY;
	if (!xvfb) {
		xvfb = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
			stdio: ['ignore', 'ignore', 'ignore', 'pipe']
		});
		const fd3 = xvfb.stdio[3] as NodeJS.ReadableStream;
		let text = '';
		fd3.on('data', (chunk) => (text += String(chunk)));
		await Promise.race([
			once(fd3, 'data'),
			once(xvfb, 'exit').then(() => {
				throw new Error('Xvfb did not start: install it (apt-get install xvfb)');
			})
		]);
		process.env.DISPLAY = `:${text.trim()}`;
		process.once('exit', () => xvfb?.kill());
	}
	return process.env.DISPLAY as string;
}
