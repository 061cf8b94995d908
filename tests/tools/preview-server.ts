/**
 * Serves the built site with `astro preview` on 127.0.0.1 for tests that need HTTP, and stops it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './built-site.ts';
import { SERVER_ENTRY } from './paths.ts';

export interface PreviewServer {
	origin: string;
	stop(): Promise<void>;
}

async function waitUntilUp(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}`);
		try {
			const response = await fetch(`${origin}/`);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`astro preview did not answer on ${origin} within ${timeoutMs} ms`);
}

/** Starts `astro preview` on 127.0.0.1:`port` with the Node that runs the tests (Node 24). */
export async function startPreviewServer(port: number): Promise<PreviewServer> {
	const origin = `http://127.0.0.1:${port}`;
	if (
		await fetch(origin).then(
			() => true,
			() => false,
		)
	) {
		throw new Error(
			`Something already listens on ${origin}: stop it, the tests serve dist/ themselves.`,
		);
	}
	// With BUILD_DIR (./paths.ts) the build is elsewhere: its own server entry serves it (what
	// `astro preview` runs for the Node adapter, which has no flag for another folder).
	const child = process.env['BUILD_DIR']
		? spawn(process.execPath, [SERVER_ENTRY], {
				cwd: ROOT,
				env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
				stdio: ['ignore', 'ignore', 'inherit'],
			})
		: spawn(
				process.execPath,
				[
					join(ROOT, 'node_modules/astro/bin/astro.mjs'),
					'preview',
					'--ignore-lock',
					'--host',
					'127.0.0.1',
					'--port',
					String(port),
				],
				{ cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
			);
	try {
		await waitUntilUp(origin, child, 90_000);
	} catch (error) {
		child.kill();
		throw error;
	}
	return {
		origin,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}
