/**
 * Writes the service worker (`sw.js`) beside the static pages once the build and the search
 * index are done (this integration comes after searchIndex() in astro.config.mjs): the worker's
 * source, src/service-worker/sw.ts, bundled with Workbox's modules by esbuild, with the precache
 * manifest of this build — every precached file and the digest of its content — in place of
 * `self.__WB_MANIFEST`, as workbox-build's injectManifest does. Which files are precached is
 * decided in src/lib/offline/precache.ts.
 *
 * `astro dev` gets no worker: BaseLayout registers it only in built pages.
 * @see https://developer.chrome.com/docs/workbox/modules/workbox-build#injectmanifest
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { isPrecached, precacheManifest } from '../lib/offline/precache';

/** The worker's address; its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

const SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

async function filesUnder(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export function serviceWorker(): AstroIntegration {
	return {
		name: 'service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const files = await Promise.all(
					(await filesUnder(site)).filter(isPrecached).map(async (path) => {
						const content = await readFile(join(site, path));
						return {
							path,
							bytes: content.length,
							digest: createHash('sha256').update(content).digest('hex').slice(0, 16),
						};
					}),
				);
				const manifest = precacheManifest(files);
				const bundle = await build({
					entryPoints: [SOURCE],
					bundle: true,
					format: 'iife',
					minify: true,
					target: 'es2022',
					write: false,
					// Workbox's development logging goes with this.
					define: { 'process.env.NODE_ENV': '"production"' },
					logLevel: 'silent',
				});
				const source = bundle.outputFiles[0]?.text ?? '';
				if (!source.includes('self.__WB_MANIFEST')) {
					throw new Error(`${SOURCE}: the bundle has no self.__WB_MANIFEST to replace`);
				}
				await writeFile(
					join(site, SERVICE_WORKER_FILE),
					source.replace('self.__WB_MANIFEST', JSON.stringify(manifest)),
				);
				const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
				logger.info(
					`${SERVICE_WORKER_FILE}: ${manifest.length} files precached (${(bytes / 1024).toFixed(0)} kB)`,
				);
			},
		},
	};
}
