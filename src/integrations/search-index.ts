/**
 * Builds the site's search index with Pagefind once Astro has written the static pages: every
 * page that marks its content with `data-pagefind-body` (src/components/search/SearchMeta.astro),
 * one index per language from each page's `<html lang>`. The index lands in `pagefind/` beside
 * the pages, wherever the adapter puts them (dist/client/ with the Node adapter, dist/ on Netlify).
 *
 * A failure fails the build: a site whose search page cannot search is not shipped.
 * @see https://pagefind.app/docs/node-api/
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import {
	copyFile,
	link,
	mkdir,
	readdir,
	readFile,
	rename,
	rm,
	stat,
	writeFile,
} from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import {
	PAGES_PER_PART,
	PARTS_FILE,
	partFolder,
	splitIntoParts,
	type IndexedPage,
	type IndexParts,
} from '../lib/search/index-parts';
import { indexedContent, isIndexedPage, pageLanguage, pageUrl } from '../lib/search/indexed-pages';
import { forEachPage, type PartJob } from './search-index-part.ts';

/** Pagefind's version: a cached part indexed by another version is indexed again. */
const PAGEFIND_VERSION = (
	JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as {
		version: string;
	}
).version;

/** Where the index is written under the static site's folder, and served from. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/**
 * How many parts are indexed at once, each in a worker thread with its own Pagefind service (one
 * service indexes on one core): two on the 2-core build machine.
 */
const PARTS_AT_ONCE = Math.max(1, Math.min(2, availableParallelism()));

/** Indexes one part in a worker thread (./search-index-worker.ts). */
function indexPartInWorker(job: PartJob): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), {
			workerData: job,
		});
		worker.once('message', (answer: { ok: true } | { ok: false; message: string }) => {
			if (answer.ok) resolve();
			else reject(new Error(answer.message));
		});
		worker.once('error', reject);
		// Without an answer (the worker could not start, or died): a failure.
		worker.once('exit', (code) =>
			reject(new Error(`the indexing worker stopped (exit code ${code})`)),
		);
	});
}

/** Content types of the index's files, for `astro dev`. */
const CONTENT_TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.pagefind': 'application/wasm',
};

/** What the last build found in each page: its date and size, and for a marked page what the index reads. */
interface PageFacts {
	mtimeMs: number;
	size: number;
	language?: string;
	digest?: string;
}

interface PagesManifest {
	/** The site's folder, whose pages these are. */
	site: string;
	pages: Record<string, PageFacts>;
}

/** Where the last build's page facts are kept, beside the parts. */
const PAGES_MANIFEST = 'pages.json';

/** Which parts the last build published, and where. */
interface PublishedParts {
	output: string;
	/** Each part's digest, in order. */
	parts: string[];
}

const PUBLISHED_RECORD = 'published.json';

interface MarkedPage extends IndexedPage {
	/** The page's file under the site's folder. */
	file: string;
	/** A digest of what the index reads of the page: its part is indexed again when it changes. */
	digest: string;
}

/** A record the last build left in the cache folder, if it is there and readable. */
const readRecord = <T>(file: string): Promise<T | undefined> =>
	readFile(file, 'utf8')
		.then((text) => JSON.parse(text) as T)
		.catch(() => undefined);

/**
 * The pages marked `data-pagefind-body`, in path order, with their language and a digest of each.
 * Pagefind's own `addDirectory` would parse every HTML file, although it indexes only the marked
 * ones once any page is marked: at 10,000 providers the list and filter pages, which hold every
 * card and are not indexed, are 40% of the site's HTML.
 */
async function markedPages(
	site: string,
	cacheFolder: string,
): Promise<{ pages: MarkedPage[]; read: number }> {
	const files = (await readdir(site, { recursive: true }))
		.filter((file) => file.endsWith('.html') && !file.startsWith(SEARCH_INDEX_FOLDER + sep))
		.sort();
	// A page the build left as it was (same date and size as when the last build read it) is not
	// read again: at 10,000 members a rebuild writes a thousand of the 21,000 pages.
	const manifestFile = join(cacheFolder, PAGES_MANIFEST);
	const previous = await readRecord<PagesManifest>(manifestFile);
	const known = new Map(previous?.site === site ? Object.entries(previous.pages) : []);
	const facts = new Map<string, PageFacts>();
	const toRead: string[] = [];
	for (let from = 0; from < files.length; from += 256) {
		const batch = files.slice(from, from + 256);
		const stats = await Promise.all(batch.map((file) => stat(join(site, file))));
		batch.forEach((file, position) => {
			const { mtimeMs, size } = stats[position] as Stats;
			const before = known.get(file);
			if (before && before.mtimeMs === mtimeMs && before.size === size) facts.set(file, before);
			else {
				facts.set(file, { mtimeMs, size });
				toRead.push(file);
			}
		});
	}
	await forEachPage(site, toRead, (file, html) => {
		if (!isIndexedPage(html)) return;
		const text = html.toString('latin1');
		Object.assign(facts.get(file) as PageFacts, {
			language: pageLanguage(text),
			digest: createHash('sha1').update(indexedContent(text), 'latin1').digest('base64url'),
		});
	});
	const pages: MarkedPage[] = [];
	for (const [file, { language, digest }] of facts) {
		if (language && digest) pages.push({ file, url: pageUrl(file), language, digest });
	}
	await mkdir(cacheFolder, { recursive: true });
	await writeFile(
		manifestFile,
		JSON.stringify({ site, pages: Object.fromEntries(facts) } satisfies PagesManifest),
	);
	return { pages, read: toRead.length };
}

/** What identifies a part's index: Pagefind's version, the part's place and its pages. */
function partDigest(part: number, pages: readonly MarkedPage[]): string {
	const hash = createHash('sha1').update(`${PAGEFIND_VERSION}\n${part}\n`);
	for (const page of pages) hash.update(`${page.url}\n${page.digest}\n`);
	return hash.digest('base64url');
}

/** Puts a cached part's files in the site, hard-linked (copied where links are refused). */
async function publishPart(cached: string, destination: string): Promise<void> {
	for (const entry of await readdir(cached, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const from = join(entry.parentPath, entry.name);
		const to = join(destination, relative(cached, from));
		await mkdir(dirname(to), { recursive: true });
		await link(from, to).catch(() => copyFile(from, to));
	}
}

export interface SearchIndexSummary {
	/** Pages indexed, by language. */
	languages: Record<string, number>;
	/** HTML files read: those written since the last index was built. */
	read: number;
	parts: number;
	/** Parts indexed by this build, the others coming from the previous builds' cache. */
	indexed: number;
}

export interface SearchIndexOptions {
	/** The built site's folder. */
	site: string;
	/** Where the parts of the last build are kept. */
	cacheFolder: string;
	/** Where the index goes: `<site>/pagefind/` unless told. */
	output?: string;
	pagesPerPart?: number;
}

/**
 * Writes the site's search index into `<site>/pagefind/`, in parts (src/lib/search/index-parts.ts),
 * indexing again only the parts whose pages changed since a build whose parts are in `cacheFolder`.
 * The cache keeps the parts of the last build only.
 */
export async function writeSearchIndex({
	site,
	cacheFolder,
	output = join(site, SEARCH_INDEX_FOLDER),
	pagesPerPart = PAGES_PER_PART,
}: SearchIndexOptions): Promise<SearchIndexSummary> {
	const { pages, read } = await markedPages(site, cacheFolder);
	if (pages.length === 0) throw new Error('no page is marked with data-pagefind-body');
	const parts = splitIntoParts(pages, pagesPerPart);
	const digests = parts.map((partPages, part) => partDigest(part, partPages));
	// The parts the output folder holds from the last build, if it is the same folder: those
	// unchanged stay as they are, a thousandth of the files of a large index being rewritten.
	const publishedFile = join(cacheFolder, PUBLISHED_RECORD);
	const published = await readRecord<PublishedParts>(publishedFile);
	const inPlace = (part: number) =>
		published?.output === output &&
		published.parts[part] === digests[part] &&
		existsSync(join(output, partFolder(part), 'pagefind-entry.json'));
	if (!digests.some((_, part) => inPlace(part))) {
		await rm(output, { recursive: true, force: true });
	} else {
		// Parts beyond this build's count, and the files of changed parts, go.
		for (const entry of await readdir(output)) {
			const part = /^part-(\d+)$/.exec(entry)?.[1];
			const owner = part === undefined ? 0 : Number(part);
			if (entry === PARTS_FILE || owner >= parts.length || !inPlace(owner)) {
				await rm(join(output, entry), { recursive: true, force: true });
			}
		}
	}
	// Removed first: should this build fail halfway, the next one trusts no part in place.
	await rm(publishedFile, { force: true });
	let indexed = 0;
	let next = 0;
	const indexParts = async () => {
		for (let part = next++; part < parts.length; part = next++) {
			const cached = join(cacheFolder, digests[part] ?? '');
			if (!existsSync(cached)) {
				const writing = `${cached}.writing`;
				await rm(writing, { recursive: true, force: true });
				const files = (parts[part] ?? []).map((page) => page.file);
				await indexPartInWorker({ site, files, first: part === 0, output: writing });
				await rename(writing, cached);
				indexed += 1;
			}
			if (!inPlace(part)) await publishPart(cached, join(output, partFolder(part)));
		}
	};
	await Promise.all(Array.from({ length: PARTS_AT_ONCE }, indexParts));
	const list: IndexParts = { parts: parts.slice(1).map((_, part) => partFolder(part + 1)) };
	await writeFile(join(output, PARTS_FILE), JSON.stringify(list));
	await writeFile(
		publishedFile,
		JSON.stringify({ output, parts: digests } satisfies PublishedParts),
	);
	// The parts of earlier builds are left behind: a change to a member changes its part's digest.
	const kept = new Set([...digests, PAGES_MANIFEST, PUBLISHED_RECORD]);
	for (const folder of await readdir(cacheFolder)) {
		if (!kept.has(folder)) await rm(join(cacheFolder, folder), { recursive: true, force: true });
	}
	const languages: Record<string, number> = {};
	for (const page of pages) languages[page.language] = (languages[page.language] ?? 0) + 1;
	return { languages, read, parts: parts.length, indexed };
}

export function searchIndex(): AstroIntegration {
	/** Where a build writes the static pages, so `astro dev` can serve the last build's index. */
	let builtSites: string[] = [];
	/** Where the parts of the last build's index are kept (node_modules/.astro/search-index/). */
	let cacheFolder = '';
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				builtSites = [fileURLToPath(config.build.client), fileURLToPath(config.outDir)];
				cacheFolder = fileURLToPath(new URL('search-index/', config.cacheDir));
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
				try {
					const summary = await writeSearchIndex({ site: fileURLToPath(dir), cacheFolder });
					const counts = Object.entries(summary.languages)
						.sort(([a], [b]) => a.localeCompare(b))
						.map(([language, count]) => `${count} in ${language}`);
					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					logger.info(
						`indexed ${counts.join(', ')} (${summary.read} HTML files read, the others unchanged), ` +
							`${summary.indexed} of ${summary.parts} part(s) indexed again, in ${seconds} s`,
					);
				} catch (error) {
					throw new Error(`Search index (Pagefind) failed: ${(error as Error).message}`, {
						cause: error,
					});
				}
			},
		},
	};
}
