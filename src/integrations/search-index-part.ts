/**
 * Indexes one part of the site's search index with Pagefind (src/integrations/search-index.ts).
 * Pagefind's service answers one request at a time, on one core: the integration runs each part in
 * a worker thread of its own (./search-index-worker.ts), whose own Pagefind service then works
 * beside the others'. Plain Node loads this module in the worker, hence the `.ts` extensions and
 * type-only imports.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createIndex } from 'pagefind';
import { indexedContent, INDEX_EXCLUDED_SELECTORS, pageUrl } from '../lib/search/indexed-pages.ts';

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

/** How many pages are read ahead of the one being looked at. */
const READ_AHEAD = 16;
/** How many pages may wait in Pagefind's pipe. */
const IN_FLIGHT = 64;

/** Pagefind's files that only the first part needs: the merged parts use the first part's. */
const FIRST_PART_ONLY = /^(?:pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/;

/** Reads the site's HTML files in path order, `READ_AHEAD` at a time, handing each to `visit`. */
export async function forEachPage(
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

/** One part to index: the site's folder, its pages' files, and where the part goes. */
export interface PartJob {
	site: string;
	files: readonly string[];
	/** The first part keeps Pagefind's script and WebAssembly, which the others use. */
	first: boolean;
	output: string;
}

/** Indexes one part's pages with Pagefind into `output`, keeping the files the site serves. */
export async function indexPart({ site, files, first, output }: PartJob): Promise<void> {
	const { index, errors } = await createIndex({ excludeSelectors: [...INDEX_EXCLUDED_SELECTORS] });
	if (!index) throw new Error(errors.join('\n'));
	const failures: string[] = [];
	// Pages in flight to Pagefind: bounded, so that the HTML waiting in its pipe stays small.
	const inFlight: Promise<{ errors: string[] }>[] = [];
	await forEachPage(site, files, async (file, html) => {
		// Only what the index reads (src/lib/search/indexed-pages.ts): a member's page is mostly
		// header, menus, neighbours' cards and footer, which Pagefind would parse to leave out. At
		// 10,000 members the index took 73 s instead of 88 s, for the same index files.
		const content = indexedContent(html.toString('utf8'));
		inFlight.push(index.addHTMLFile({ url: pageUrl(file), content }));
		const oldest = inFlight.length >= IN_FLIGHT ? inFlight.shift() : undefined;
		if (oldest) failures.push(...(await oldest).errors);
	});
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
