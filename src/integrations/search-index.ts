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
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import {
	PAGES_PER_PART,
	PARTS_FILE,
	partFolder,
	splitIntoParts,
	type IndexedPage,
	type IndexParts,
} from '../lib/search/index-parts';
import {
	indexedContent,
	INDEX_EXCLUDED_SELECTORS,
	isIndexedPage,
	pageLanguage,
	pageUrl,
} from '../lib/search/indexed-pages';

/** Pagefind's version: a cached part indexed by another version is indexed again. */
const PAGEFIND_VERSION = (
	JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as {
		version: string;
	}
).version;

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

/** How many pages are read ahead of the one being looked at. */
const READ_AHEAD = 16;
/** How many pages may wait in Pagefind's pipe. */
const IN_FLIGHT = 64;

/** Pagefind's files that only the first part needs: the merged parts use the first part's. */
const FIRST_PART_ONLY = /^(?:pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/;

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

/** Reads the site's HTML files in path order, `READ_AHEAD` at a time, handing each to `visit`. */
async function forEachPage(
	site: string,
	files: readonly string[],
	visit: (file: string, html: Buffer) => void | Promise<void>,
): Promise<void> {
	const reads = files.map(() => undefined as Promise<Buffer> | undefined);
	const read = (position: number) =>
		(reads[position] ??= readFile(join(site, files[position] ?? '')));
	for (const [position, file] of files.entries()) {
		// A failed read ahead is reported when its page's turn comes.
		for (let ahead = position; ahead < Math.min(files.length, position + READ_AHEAD); ahead++)
			read(ahead).catch(() => undefined);
		const html = await read(position);
		reads[position] = undefined;
		await visit(file, html);
	}
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

/** Indexes one part's pages with Pagefind into `output`, keeping the files the site serves. */
async function indexPart(
	site: string,
	pages: readonly MarkedPage[],
	first: boolean,
	output: string,
): Promise<void> {
	const { index, errors } = await createIndex({ excludeSelectors: [...INDEX_EXCLUDED_SELECTORS] });
	if (!index) throw new Error(errors.join('\n'));
	const failures: string[] = [];
	// Pages in flight to Pagefind: bounded, so that the HTML waiting in its pipe stays small.
	const inFlight: Promise<{ errors: string[] }>[] = [];
	await forEachPage(
		site,
		pages.map((page) => page.file),
		async (file, html) => {
			// Only what the index reads: the marked elements, the title and the language. A member's
			// page is mostly header, menus, neighbours' cards and footer, which Pagefind would parse
			// to leave out; handed the page whole, it took four times as long.
			const content = indexedContent(html.toString('utf8'));
			inFlight.push(index.addHTMLFile({ url: pageUrl(file), content }));
			const oldest = inFlight.length >= IN_FLIGHT ? inFlight.shift() : undefined;
			if (oldest) failures.push(...(await oldest).errors);
		},
	);
	for (const added of await Promise.all(inFlight)) failures.push(...added.errors);
	if (failures.length > 0) throw new Error(failures.join('\n'));
	const written = await index.writeFiles({ outputPath: output });
	if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
	await index.deleteIndex();
	// The site uses Pagefind's JavaScript API only (src/components/search/): its ready-made
	// interfaces (about 430 kB) would be published and never loaded; parts after the first are
	// searched with the first part's script and WebAssembly.
	for (const file of await readdir(output)) {
		if (UNUSED_FILES.includes(file) || (!first && FIRST_PART_ONLY.test(file))) {
			await rm(join(output, file), { force: true });
		}
	}
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
	try {
		for (const [part, partPages] of parts.entries()) {
			const digest = digests[part] ?? '';
			const cached = join(cacheFolder, digest);
			if (!existsSync(cached)) {
				const writing = `${cached}.writing`;
				await rm(writing, { recursive: true, force: true });
				await indexPart(site, partPages, part === 0, writing);
				await rename(writing, cached);
				indexed += 1;
			}
			if (!inPlace(part)) await publishPart(cached, join(output, partFolder(part)));
		}
	} finally {
		await close();
	}
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
