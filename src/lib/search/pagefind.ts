/**
 * The part of Pagefind's browser API the search page uses, typed (the package ships types for its
 * Node API only), and how it is loaded: once, lazily, from the index folder the build writes.
 * @see https://pagefind.app/docs/api/
 */
import type { PagefindFilters } from './state';
import type { PagefindResultData } from './results';
import { PARTS_FILE, type IndexParts } from './index-parts';

/** Where the build writes the index and Pagefind's script (src/integrations/search-index.ts). */
export const PAGEFIND_BUNDLE = '/pagefind/';

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
	/** Results per filter value if that value were added to the current filters. */
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindOptions {
	metaCacheTag?: string;
	excerptLength?: number;
	ranking?: { metaWeights?: Record<string, number> } & Record<string, unknown>;
}

export interface PagefindApi {
	options(options: PagefindOptions): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		query: string | null,
		options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<PagefindSearch>;
	preload(query: string, options?: { filters?: PagefindFilters }): Promise<void>;
	/** Adds another index's pages to the searches (a part of a large site's index). */
	mergeIndex(path: string, options?: PagefindOptions): Promise<void>;
}

let loading: Promise<PagefindApi> | undefined;

/** The index's other parts (src/lib/search/index-parts.ts), asked for with the build's tag. */
async function otherParts(tag: string | undefined): Promise<string[]> {
	const response = await fetch(`${PAGEFIND_BUNDLE}${PARTS_FILE}${tag ? `?ts=${tag}` : ''}`);
	if (!response.ok) throw new Error(`${PARTS_FILE}: ${response.status}`);
	return ((await response.json()) as IndexParts).parts;
}

/**
 * Loads Pagefind once, with the parts of the index after the first merged into it (a site of a
 * few hundred pages has one part). `metaCacheTag` stands for the build: Pagefind asks for its
 * entry file with it (`pagefind-entry.json?ts=…`) instead of the time of day, so a cache or a
 * service worker keeps the whole index between builds; every other file of the index has a
 * content hash in its name.
 */
export function loadPagefind(options: PagefindOptions): Promise<PagefindApi> {
	if (!loading) {
		loading = (async () => {
			const url = `${PAGEFIND_BUNDLE}pagefind.js`;
			// The list of parts comes while Pagefind's script loads.
			const [pagefind, parts] = await Promise.all([
				import(/* @vite-ignore */ url) as Promise<PagefindApi>,
				otherParts(options.metaCacheTag),
			]);
			await pagefind.options(options);
			await pagefind.init();
			// Each part is searched with the same settings, so that their scores compare.
			await Promise.all(
				parts.map((part) => pagefind.mergeIndex(`${PAGEFIND_BUNDLE}${part}`, options)),
			);
			return pagefind;
		})();
		// A load that failed (offline, say) is tried again at the next search.
		loading.catch(() => {
			loading = undefined;
		});
	}
	return loading;
}
