/**
 * How the search index is split into parts, so that a rebuild re-indexes only the parts whose
 * pages changed (src/integrations/search-index.ts). A small site (the sample's 600 pages) has one
 * part, the whole index at /pagefind/. A large one (10,000 members, 20,000 indexed pages) has a
 * part per few thousand pages: the first at /pagefind/, the others in /pagefind/part-N/, which the
 * search page merges into the first (Pagefind's `mergeIndex`, which reuses the first part's
 * WebAssembly). `parts.json` beside the first part lists the others.
 *
 * A page's part follows from its address alone, so that it stays in the same part from one build
 * to the next; a page and its translation share the last segment of their address (the member's
 * id, the office's or the village's) and so share a part, which a change to one member then
 * re-indexes alone.
 */

/**
 * How many pages a part holds at most, on average. Fewer, larger parts cost visitors less and a
 * rebuild more; measured at 10,000 members (20,500 pages, `npm run bench:search`): one index,
 * first query 340 ms and 230 kB, rebuild 65 s; 5 parts, 400 ms and 285 kB, rebuild 37 s; 9 parts,
 * 480 ms and 350 kB, rebuild 35 s.
 */
export const PAGES_PER_PART = 5_000;

/** The list of parts beside the first part's files, fetched by the search page. */
export const PARTS_FILE = 'parts.json';

/** What `parts.json` holds: the folders of the parts after the first, relative to it. */
export interface IndexParts {
	parts: string[];
}

/** The folder of part `part` under the index's folder: the first part is the index's folder itself. */
export function partFolder(part: number): string {
	return part === 0 ? '' : `part-${part}/`;
}

/** How many parts an index of `pageCount` pages has. */
export function partCount(pageCount: number, pagesPerPart = PAGES_PER_PART): number {
	if (!Number.isInteger(pagesPerPart) || pagesPerPart < 1) {
		throw new RangeError(`pages per part must be a positive whole number, not ${pagesPerPart}`);
	}
	return Math.max(1, Math.ceil(pageCount / pagesPerPart));
}

/**
 * What a page and its translations share: the last segment of the address (`/hebergements/x/`
 * and `/en/where-to-stay/x/` give `x`), the address itself when it has none (`/`).
 */
export function pageGroup(url: string): string {
	return url.split('/').findLast((segment) => segment !== '') ?? url;
}

/** FNV-1a, 32 bits: a stable, evenly spread hash of a page's group. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let position = 0; position < text.length; position++) {
		hash ^= text.charCodeAt(position);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** The part, of `parts`, that holds the page at `url`. */
export function partOf(url: string, parts: number): number {
	return parts <= 1 ? 0 : fnv1a(pageGroup(url)) % parts;
}

export interface IndexedPage {
	url: string;
	language: string;
}

/**
 * Splits the pages into parts, each holding every language of the site: Pagefind answers a search
 * in a language a part lacks with that part's other language, so a part without it is not merged
 * but avoided, by taking one part fewer until every part has every language.
 */
export function splitIntoParts<T extends IndexedPage>(
	pages: readonly T[],
	pagesPerPart = PAGES_PER_PART,
): T[][] {
	const languages = new Set(pages.map((page) => page.language));
	for (let parts = partCount(pages.length, pagesPerPart); parts > 1; parts--) {
		const split = Array.from({ length: parts }, (): T[] => []);
		for (const page of pages) split[partOf(page.url, parts)]?.push(page);
		const complete = split.every(
			(part) => new Set(part.map((page) => page.language)).size === languages.size,
		);
		if (complete) return split;
	}
	return [[...pages]];
}
