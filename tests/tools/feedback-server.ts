/**
 * Runs the built site's production server (scripts/serve.ts over dist/, as `npm start` does) on
 * 127.0.0.1 with given settings, for the server tests and the bench. Its form tokens are signed with SECRET, so callers
 * can make valid ones without loading a form.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { actionData } from '../../src/lib/http/action-data.ts';
import { issueFormToken } from '../../src/lib/server/token.ts';
import { join } from 'node:path';
import { BUILD_DIR, ROOT, SERVER_ENTRY } from './paths.ts';

export const SERVER_SECRET = 'feedback-server-test-secret-0123456789abcdef';

export interface RunningServer {
	origin: string;
	process: ChildProcess;
	/** Stops it: SIGTERM by default, SIGKILL to simulate a crash. */
	stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export async function startServer(
	env: Record<string, string>,
	port?: number,
): Promise<RunningServer> {
	if (!existsSync(SERVER_ENTRY))
		throw new Error(`No ${SERVER_ENTRY}: run \`npm run build\` first.`);
	const listenOn = port ?? (await freePort());
	const origin = `http://127.0.0.1:${listenOn}`;
	// The store is the one given: a DATABASE_URL of the caller's environment must not override it.
	const { DATABASE_URL: _inherited, SQLITE_PATH: _path, ...inherited } = process.env;
	const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.ts')], {
		cwd: ROOT,
		env: {
			...inherited,
			HOST: '127.0.0.1',
			PORT: String(listenOn),
			FEEDBACK_SECRET: SERVER_SECRET,
			FEEDBACK_MIN_FILL_SECONDS: '0',
			FEEDBACK_RATE_LIMIT: '1000000',
			FEEDBACK_OUTBOX_INTERVAL_SECONDS: '0',
			ASTRO_NODE_LOGGING: 'disabled',
			SERVE_DIST: BUILD_DIR,
			...env,
		},
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let errors = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		errors += chunk.toString();
	});
	const deadline = Date.now() + 20_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${errors}`);
		try {
			// The health check also opens the store (and runs its migrations).
			if ((await fetch(`${origin}/api/feedback/`)).ok) break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server did not answer on ${origin}: ${errors}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		origin,
		process: child,
		stop: (signal = 'SIGTERM') =>
			new Promise((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill(signal);
			}),
	};
}

let keys = 0;

/** A valid suggestion as the forms' script sends it, with a fresh idempotency key. */
export function suggestionBody(): Record<string, string> {
	keys += 1;
	return {
		kind: 'suggestion',
		locale: 'fr',
		token: issueFormToken(SERVER_SECRET, new Date(Date.now() - 60_000)),
		idempotencyKey: `load-${process.pid}-${Date.now().toString(36)}-${keys}`,
		website: '',
		topic: 'website',
		message: `Suggestion numéro ${keys} : ajouter les horaires des navettes d’été.`,
		email: `visiteur${keys}@example.org`,
	};
}

/** The feedback action's answer as the forms' script reads it: the reference, or the refusal. */
export interface FeedbackAnswer {
	status: number;
	reference?: string | undefined;
	created?: boolean | undefined;
	reason?: string | undefined;
	message?: string | undefined;
	retryAfter: string | null;
}

/**
 * Posts a form to the feedback action as the forms' script does (FormData, from a page of the
 * site: Astro refuses a form post from another origin).
 */
export async function postFeedback(
	origin: string,
	fields: Record<string, string>,
	headers: Record<string, string> = {},
): Promise<FeedbackAnswer> {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields)) body.append(name, value);
	const response = await fetch(`${origin}/_actions/feedback/`, {
		method: 'POST',
		headers: { Origin: origin, ...headers },
		body,
	});
	const text = await response.text();
	const retryAfter = response.headers.get('retry-after');
	if (response.ok) {
		const { reference, created } = actionData(text);
		return {
			status: response.status,
			reference: String(reference),
			created: created === true,
			retryAfter,
		};
	}
	const refusal = JSON.parse(text) as { reason?: string; message?: string };
	return { status: response.status, ...refusal, retryAfter };
}
