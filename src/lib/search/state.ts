/**
 * The search page's state as its URL carries it — `/recherche/?q=gîte&kind=accommodation&
 * village=vialas` — so a search can be bookmarked, shared, reloaded and sent by the header's plain
 * form (which sends `q` alone). Values the site does not know are dropped, never shown.
 */
import { isSearchKind, SEARCH_KINDS, type SearchKind } from './kinds';

/** Longer queries are cut: nobody types more, and the index need not read it. */
export const QUERY_MAX_LENGTH = 200;

export interface SearchState {
	/** What the visitor typed, spaces collapsed. */
	query: string;
	/** Kinds of page kept; all when empty. */
	kinds: SearchKind[];
	/** Sector id, or '' for every sector. */
	sector: string;
	/** Village id, or '' for every village. */
	village: string;
}

export const EMPTY_STATE: SearchState = { query: '', kinds: [], sector: '', village: '' };

/** The ids the filters accept. */
export interface KnownValues {
	sectors: readonly string[];
	villages: readonly string[];
}

export const normaliseQuery = (query: string): string =>
	query.replace(/\s+/g, ' ').trim().slice(0, QUERY_MAX_LENGTH).trim();

/** Reads the state from a query string; unknown kinds, sectors and villages are left out. */
export function stateFromQuery(params: URLSearchParams, known: KnownValues): SearchState {
	const kinds = new Set(
		params
			.getAll('kind')
			.flatMap((value) => value.split(','))
			.filter(isSearchKind),
	);
	const sector = params.get('sector') ?? '';
	const village = params.get('village') ?? '';
	return {
		query: normaliseQuery(params.get('q') ?? ''),
		kinds: SEARCH_KINDS.filter((kind) => kinds.has(kind)),
		sector: known.sectors.includes(sector) ? sector : '',
		village: known.villages.includes(village) ? village : '',
	};
}

/** The query string of a state ("q=g%C3%AEte&kind=hike"), empty values left out. */
export function stateToQuery(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const kind of state.kinds) params.append('kind', kind);
	if (state.sector) params.set('sector', state.sector);
	if (state.village) params.set('village', state.village);
	return params.toString();
}

/** Whether there is anything to search for: words, or at least one filter. */
export const hasCriteria = (state: SearchState): boolean =>
	state.query !== '' || state.kinds.length > 0 || state.sector !== '' || state.village !== '';

/** Pagefind's compound filter syntax. @see https://pagefind.app/docs/js-api-filtering/ */
export type PagefindFilters = Record<string, string | { any: string[] } | { none: string[] }>;

/**
 * The filters of a search: the chosen kinds (any of them), sector and village, and never a page
 * whose last day is one of `endedDays` (src/lib/search/ended.ts). `withKinds: false` leaves the
 * kinds out, to count the results of each kind.
 */
export function pagefindFilters(
	state: SearchState,
	endedDays: readonly string[],
	{ withKinds = true } = {},
): PagefindFilters {
	const filters: PagefindFilters = {};
	if (withKinds && state.kinds.length > 0) filters['kind'] = { any: [...state.kinds] };
	if (state.sector) filters['sector'] = state.sector;
	if (state.village) filters['village'] = state.village;
	if (endedDays.length > 0) filters['ends'] = { none: [...endedDays] };
	return filters;
}

/**
 * How results are ordered: by relevance when there are words; otherwise (browsing by filters)
 * by date for events alone, by name for the rest.
 */
export function resultOrder(state: SearchState): Record<string, 'asc'> | undefined {
	if (state.query) return undefined;
	return state.kinds.length === 1 && state.kinds[0] === 'event' ? { date: 'asc' } : { name: 'asc' };
}
