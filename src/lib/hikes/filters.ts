/**
 * The hike list's filters: what each one matches, and how a set of filters is written in the
 * page's query string (`?practice=walking&sector=mont-lozere&loop=1`). Shared by the pre-rendered
 * facet pages (no JavaScript) and the filter island, so both always agree.
 */

export const DURATION_RANGES = [
	{ id: 'under-2h', max: 120 },
	{ id: '2h-4h', min: 120, max: 240 },
	{ id: '4h-6h', min: 240, max: 360 },
	{ id: 'over-6h', min: 360 },
] as const;

export const LENGTH_RANGES = [
	{ id: 'under-5km', max: 5_000 },
	{ id: '5-10km', min: 5_000, max: 10_000 },
	{ id: '10-15km', min: 10_000, max: 15_000 },
	{ id: 'over-15km', min: 15_000 },
] as const;

export const ASCENT_RANGES = [
	{ id: 'under-300m', max: 300 },
	{ id: '300-600m', min: 300, max: 600 },
	{ id: '600-900m', min: 600, max: 900 },
	{ id: 'over-900m', min: 900 },
] as const;

export type RangeFacet = 'duration' | 'length' | 'ascent';
export type ListFacet = 'practice' | 'difficulty' | 'sector' | 'theme';
export type FlagFacet = 'loop' | 'family';

export const RANGES: Record<RangeFacet, readonly { id: string; min?: number; max?: number }[]> = {
	duration: DURATION_RANGES,
	length: LENGTH_RANGES,
	ascent: ASCENT_RANGES,
};

export const LIST_FACETS: readonly ListFacet[] = ['practice', 'difficulty', 'sector', 'theme'];
export const RANGE_FACETS: readonly RangeFacet[] = ['duration', 'length', 'ascent'];
export const FLAG_FACETS: readonly FlagFacet[] = ['loop', 'family'];

/** What the filters need to know of a hike. */
export interface HikeFacets {
	id: string;
	practice: string[];
	difficulty: string;
	sector: string;
	theme: string[];
	/** Walking time, minutes. */
	duration: number;
	/** Length, metres. */
	length: number;
	/** Ascent, metres. */
	ascent: number;
	loop: boolean;
	family: boolean;
}

/** Chosen filters: several values of a list facet match any of them; facets combine with "and". */
export type HikeFilters = Record<ListFacet, string[]> &
	Partial<Record<RangeFacet, string>> &
	Record<FlagFacet, boolean>;

export const noFilters = (): HikeFilters => ({
	practice: [],
	difficulty: [],
	sector: [],
	theme: [],
	loop: false,
	family: false,
});

export function inRange(value: number, range: { min?: number; max?: number }): boolean {
	return (
		(range.min === undefined || value >= range.min) &&
		(range.max === undefined || value < range.max)
	);
}

export function matches(hike: HikeFacets, filters: HikeFilters): boolean {
	for (const facet of LIST_FACETS) {
		const chosen = filters[facet];
		if (chosen.length === 0) continue;
		const values = hike[facet];
		const has = Array.isArray(values)
			? values.some((value) => chosen.includes(value))
			: chosen.includes(values);
		if (!has) return false;
	}
	for (const facet of RANGE_FACETS) {
		const id = filters[facet];
		if (!id) continue;
		const range = RANGES[facet].find((candidate) => candidate.id === id);
		if (range && !inRange(hike[facet], range)) return false;
	}
	return FLAG_FACETS.every((facet) => !filters[facet] || hike[facet]);
}

/** Reads filters from a query string; unknown parameters and values are ignored. */
export function filtersFromQuery(query: string | URLSearchParams): HikeFilters {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const filters = noFilters();
	for (const facet of LIST_FACETS) {
		filters[facet] = params
			.getAll(facet)
			.flatMap((value) => value.split(','))
			.filter(Boolean);
	}
	for (const facet of RANGE_FACETS) {
		const value = params.get(facet);
		if (value && RANGES[facet].some((range) => range.id === value)) filters[facet] = value;
	}
	for (const facet of FLAG_FACETS) filters[facet] = params.get(facet) === '1';
	return filters;
}

/** Writes filters as a query string, without the leading "?" ("" when nothing is chosen). */
export function filtersToQuery(filters: HikeFilters): string {
	const params = new URLSearchParams();
	for (const facet of LIST_FACETS) for (const value of filters[facet]) params.append(facet, value);
	for (const facet of RANGE_FACETS) {
		const value = filters[facet];
		if (value) params.set(facet, value);
	}
	for (const facet of FLAG_FACETS) if (filters[facet]) params.set(facet, '1');
	return params.toString();
}

/** A pre-rendered page of the list for one value of one facet ("sector-mont-lozere", "loop"). */
export interface FacetPage {
	id: string;
	facet: ListFacet | RangeFacet | FlagFacet;
	value: string;
	filters: HikeFilters;
}

export function facetPage(facet: FacetPage['facet'], value = ''): FacetPage {
	const filters = noFilters();
	if ((LIST_FACETS as readonly string[]).includes(facet)) filters[facet as ListFacet] = [value];
	else if ((RANGE_FACETS as readonly string[]).includes(facet))
		filters[facet as RangeFacet] = value;
	else filters[facet as FlagFacet] = true;
	return { id: value ? `${facet}-${value}` : facet, facet, value, filters };
}

/**
 * One facet page per value present among the hikes (and per range that holds any), except values
 * every hike shares: a filter that keeps everything is no filter.
 */
export function facetPages(hikes: readonly HikeFacets[]): FacetPage[] {
	const pages: FacetPage[] = [];
	for (const facet of LIST_FACETS) {
		const values = [...new Set(hikes.flatMap((hike) => hike[facet]))];
		for (const value of values) pages.push(facetPage(facet, value));
	}
	for (const facet of RANGE_FACETS) {
		for (const range of RANGES[facet]) {
			if (hikes.some((hike) => inRange(hike[facet], range))) pages.push(facetPage(facet, range.id));
		}
	}
	for (const facet of FLAG_FACETS)
		if (hikes.some((hike) => hike[facet])) pages.push(facetPage(facet));
	return pages.filter((page) => {
		const kept = hikes.filter((hike) => matches(hike, page.filters)).length;
		return kept > 0 && kept < hikes.length;
	});
}
