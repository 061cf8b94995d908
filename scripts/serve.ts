/**
 * `npm start` (after the build), and the production server: serves the whole site — static pages
 * and the on-demand routes (forms, newsletter, back office) — with the Node adapter's handler on
 * 127.0.0.1:4321 (HOST and PORT change it), settings from the environment and .env.
 *
 * It adds the site's security headers (Content-Security-Policy, no framing, no sniffing…) to every
 * static file, from the file the build writes beside the server (`security-headers.json`,
 * src/integrations/security-headers.ts); the on-demand responses get the same from the middleware.
 *
 * The feedback settings are checked before anything starts, so that a wrong setting stops the start
 * with a clear message rather than the first visitor's submission. A database that cannot be
 * reached does not stop it: the static pages are served, and the forms answer 503 ("try again in
 * a few minutes") until the database answers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { ConfigError, resolveConfig } from '../src/lib/server/config.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const host = (process.env['HOST'] ??= '127.0.0.1');
const port = Number((process.env['PORT'] ??= '4321'));
const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

try {
	resolveConfig(process.env);
} catch (error) {
	if (!(error instanceof ConfigError)) throw error;
	console.error(`${error.message} (see .env.example)`);
	process.exit(1);
}

// SERVE_DIST: another build's folder (the tests'); dist/ beside this script otherwise.
const dist = process.env['SERVE_DIST']
	? pathToFileURL(`${process.env['SERVE_DIST'].replace(/\/$/, '')}/`)
	: new URL('../dist/', import.meta.url);
const serverFolder = new URL('server/', dist);
const headers = JSON.parse(
	readFileSync(new URL('security-headers.json', serverFolder), 'utf8'),
) as {
	site: Record<string, string>;
	staff: Record<string, string>;
};

// The built server, without the adapter's own listening server: this one adds the headers.
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
const { handler } = (await import(new URL('entry.mjs', serverFolder).href)) as {
	handler: (
		request: import('node:http').IncomingMessage,
		response: import('node:http').ServerResponse,
	) => void;
};

const server = createServer((request, response) => {
	const staff = request.url === '/staff' || request.url?.startsWith('/staff/');
	for (const [name, value] of Object.entries(staff ? headers.staff : headers.site))
		response.setHeader(name, value);
	handler(request, response);
});
server.listen(port, host);
await new Promise((resolve, reject) => {
	server.once('listening', resolve);
	server.once('error', reject);
});

// Opens the feedback function now (its store, its migrations) and sends mail left waiting.
const health = await fetch(`${origin}/api/feedback/`).catch(() => undefined);
if (health?.ok) console.log(`\n  Site and feedback function: ${origin}/\n`);
else
	console.warn(
		`\n  Site: ${origin}/\n  The feedback function's database does not answer (see the error above): ` +
			'the forms answer 503 until it does.\n',
	);
