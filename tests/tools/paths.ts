/**
 * Where things are: the project's root and the folders `npm run build` writes. Every test, gate
 * and bench that reads the built site takes its folder from here, so a change of build layout is
 * one line.
 *
 * With an adapter (Node by default, Netlify with DEPLOY_TARGET=netlify), Astro writes the static
 * pages and assets to dist/client/ and the on-demand routes' server to dist/server/.
 * Runs under Node directly too (benches), so only erasable TypeScript syntax here.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Everything `npm run build` writes. BUILD_DIR points the gates at another build
 * (`npx astro build --outDir /tmp/x` then `BUILD_DIR=/tmp/x npx vitest run --project site`), so
 * that a check of one build is not disturbed by another build rewriting dist/ meanwhile.
 */
export const BUILD_DIR = process.env['BUILD_DIR']
	? resolve(ROOT, process.env['BUILD_DIR'])
	: join(ROOT, 'dist');

/** The built site's static files, as a static host or the Node server serves them. */
export const SITE_DIR = join(BUILD_DIR, 'client');

/** The server of the on-demand routes (`node dist/server/entry.mjs`). */
export const SERVER_ENTRY = join(BUILD_DIR, 'server', 'entry.mjs');
