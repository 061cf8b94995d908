/**
 * Builds the site's search index with Pagefind once Astro has written the static pages: every
 * page that marks its content with `data-pagefind-body` (src/components/search/SearchMeta.astro),
 * one index per language from each page's `<html lang>`. The index lands in `pagefind/` beside
 * the pages, wherever the adapter puts them (dist/client/ with the Node adapter, dist/ on Netlify).
 *
 * A failure fails the build: a site whose search page cannot search is not shipped.
 * @see https://pagefind.app/docs/node-api/
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { isIndexedPage, pageUrl } from '../lib/search/indexed-pages';

/** Where the index is written under the static site's folder, and served from. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** Pagefind's bundled search interfaces, which this site does not use. */
const UNUSED_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/** Content types of the index's files, for `astro dev`. */
const CONTENT_TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.pagefind': 'application/wasm',
};

/** How many pages are read ahead of the one being handed to Pagefind. */
const READ_AHEAD = 16;
/** How many pages may wait in Pagefind's pipe. */
const IN_FLIGHT = 64;

/**
 * Hands Pagefind the pages marked `data-pagefind-body`, in path order, so that the index is the same
 * from one build to the next. Pagefind's own `addDirectory` would parse every HTML file, although it
 * indexes only the marked ones once any page is marked: at 10,000 providers the list and filter
 * pages, which hold every card and are not indexed, are 40% of the site's HTML, and skipping them
 * halves the time spent adding pages.
 */
async function addMarkedPages(
	index: PagefindIndex,
	site: string,
): Promise<{ read: number; marked: number }> {
	const files = (await readdir(site, { recursive: true }))
		.filter((file) => file.endsWith('.html') && !file.startsWith(SEARCH_INDEX_FOLDER + sep))
		.sort();
	const reads = files.map(() => undefined as Promise<string> | undefined);
	const read = (position: number) =>
		(reads[position] ??= readFile(join(site, files[position] ?? ''), 'utf8'));
	const errors: string[] = [];
	// Pages in flight to Pagefind: bounded, so that the HTML waiting in its pipe stays small.
	const inFlight: Promise<{ errors: string[] }>[] = [];
	let marked = 0;
	for (const [position, file] of files.entries()) {
		// A failed read ahead is reported when its page's turn comes.
		for (let ahead = position; ahead < Math.min(files.length, position + READ_AHEAD); ahead++)
			read(ahead).catch(() => undefined);
		const content = await read(position);
		reads[position] = undefined;
		// Pagefind leaves out unmarked pages anyway; the check spares it parsing them.
		if (!isIndexedPage(content)) continue;
		marked += 1;
		inFlight.push(index.addHTMLFile({ url: pageUrl(file), content }));
		const oldest = inFlight.length >= IN_FLIGHT ? inFlight.shift() : undefined;
		if (oldest) errors.push(...(await oldest).errors);
	}
	for (const added of await Promise.all(inFlight)) errors.push(...added.errors);
	if (errors.length > 0) throw new Error(errors.join('\n'));
	return { read: files.length, marked };
}

export function searchIndex(): AstroIntegration {
	/** Where a build writes the static pages, so `astro dev` can serve the last build's index. */
	let builtSites: string[] = [];
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				builtSites = [fileURLToPath(config.build.client), fileURLToPath(config.outDir)];
			},
			// `astro dev` renders pages on request and builds no index: the search page searches
			// the index of the last `astro build`, if there is one.
			'astro:server:setup': ({ server, logger }) => {
				const site = builtSites.find((folder) =>
					existsSync(join(folder, SEARCH_INDEX_FOLDER, 'pagefind.js')),
				);
				if (!site) {
					logger.warn('no search index yet: run `npm run build` once for the search page to work');
					return;
				}
				const prefix = `/${SEARCH_INDEX_FOLDER}/`;
				server.middlewares.use((request, response, next) => {
					const path = new URL(request.url ?? '/', 'http://dev').pathname;
					const file = normalize(join(site, decodeURIComponent(path)));
					if (!path.startsWith(prefix) || !file.startsWith(site) || !existsSync(file)) {
						next();
						return;
					}
					response.setHeader(
						'Content-Type',
						CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
					);
					response.setHeader('Content-Length', statSync(file).size);
					createReadStream(file).pipe(response);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				const output = join(site, SEARCH_INDEX_FOLDER);
				// Incremental builds keep dist/: the previous index's fragments would pile up.
				await rm(output, { recursive: true, force: true });
				try {
					const { index, errors } = await createIndex({});
					if (!index) throw new Error(errors.join('\n'));
					const added = await addMarkedPages(index, site);
					const written = await index.writeFiles({ outputPath: output });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					// The site uses Pagefind's JavaScript API only (src/components/search/): its
					// ready-made interfaces (about 430 kB) would be published and never loaded.
					await Promise.all(UNUSED_FILES.map((file) => rm(join(output, file), { force: true })));
					const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as {
						languages: Record<string, { page_count: number }>;
					};
					const counts = Object.entries(entry.languages).map(
						([language, { page_count }]) => `${page_count} in ${language}`,
					);
					if (!Object.values(entry.languages).some(({ page_count }) => page_count > 0)) {
						throw new Error('no page is marked with data-pagefind-body');
					}
					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					logger.info(`indexed ${counts.join(', ')} (of ${added.read} pages read) in ${seconds} s`);
				} catch (error) {
					throw new Error(`Search index (Pagefind) failed: ${(error as Error).message}`, {
						cause: error,
					});
				} finally {
					await close();
				}
			},
		},
	};
}
