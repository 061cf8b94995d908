/**
 * Faceted filtering for any list of the site: what each kind of facet matches, how chosen
 * filters are written in the query string, and which facet pages are pre-rendered for visitors
 * without JavaScript. Generalised from the hike list's filters (src/lib/hikes/filters.ts), with
 * the same conventions: several values of a list facet match any of them, facets combine with
 * "and", `?type=rental&type=hotel&pets=1&capacity=4`, facet page ids `type-rental`.
 *
 * Shared by the pre-rendered pages (build) and the filter island (browser), so both agree.
 */

/** A numeric range; `max` is exclusive. A range with only `min` is "at least". */
export interface Range {
	id: string;
	min?: number;
	max?: number;
}

/** A facet: a key (its query parameter) and what it matches. */
export type FacetDefinition =
	/** Checkboxes: an item matches if one of its values is chosen. */
	| { key: string; kind: 'list'; values: readonly string[] }
	/** A single choice in a list (a month): an item matches if it has the chosen value. */
	| { key: string; kind: 'choice'; values: readonly string[] }
	/** A single choice of a numeric range (price, capacity): an item matches if its number is in it. */
	| { key: string; kind: 'range'; ranges: readonly Range[] }
	/** A checkbox: an item matches if its value is true. */
	| { key: string; kind: 'flag' };

/** An item's values, by facet key: strings for list and choice facets, numbers, booleans. */
export type FacetValues = Record<string, string | readonly string[] | number | boolean | undefined>;

/** An item of a filtered list: its id (on its card, `data-item-id`), name and place, and its values. */
export interface FacetItem {
	id: string;
	name: string;
	lat: number;
	lon: number;
	values: FacetValues;
}

/** The chosen filters, by facet key: list facets any number of values, the others one at most. */
export type FilterState = Record<string, string[]>;

export const emptyState = (facets: readonly FacetDefinition[]): FilterState =>
	Object.fromEntries(facets.map((facet) => [facet.key, []]));

export function inRange(value: number, range: Range): boolean {
	return (
		(range.min === undefined || value >= range.min) &&
		(range.max === undefined || value < range.max)
	);
}

function asList(value: FacetValues[string]): readonly string[] {
	if (typeof value === 'string') return [value];
	return Array.isArray(value) ? (value as readonly string[]) : [];
}

/** Whether an item with these values matches one facet's chosen values. */
export function matchesFacet(
	values: FacetValues,
	facet: FacetDefinition,
	chosen: readonly string[],
): boolean {
	if (chosen.length === 0) return true;
	const value = values[facet.key];
	switch (facet.kind) {
		case 'list':
		case 'choice':
			return asList(value).some((item) => chosen.includes(item));
		case 'range': {
			const range = facet.ranges.find((candidate) => candidate.id === chosen[0]);
			return range === undefined || (typeof value === 'number' && inRange(value, range));
		}
		case 'flag':
			return value === true;
	}
}

/** Whether an item matches every chosen filter. */
export function matches(
	values: FacetValues,
	state: FilterState,
	facets: readonly FacetDefinition[],
): boolean {
	return facets.every((facet) => matchesFacet(values, facet, state[facet.key] ?? []));
}

/** The values a facet accepts in the query string. */
function acceptedValues(facet: FacetDefinition): readonly string[] {
	switch (facet.kind) {
		case 'list':
		case 'choice':
			return facet.values;
		case 'range':
			return facet.ranges.map((range) => range.id);
		case 'flag':
			return ['1'];
	}
}

/** Reads filters from a query string; unknown parameters and values are ignored. */
export function stateFromQuery(
	query: string | URLSearchParams,
	facets: readonly FacetDefinition[],
): FilterState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const state = emptyState(facets);
	for (const facet of facets) {
		const accepted = acceptedValues(facet);
		const values = params
			.getAll(facet.key)
			.flatMap((value) => value.split(','))
			.filter((value) => accepted.includes(value));
		state[facet.key] = facet.kind === 'list' ? [...new Set(values)] : values.slice(0, 1);
	}
	return state;
}

/**
 * Writes filters as a query string, without the leading "?" ("" when nothing is chosen), values
 * in the facet's own order so that the same filters always make the same URL.
 */
export function stateToQuery(state: FilterState, facets: readonly FacetDefinition[]): string {
	const params = new URLSearchParams();
	for (const facet of facets) {
		const chosen = state[facet.key] ?? [];
		for (const value of acceptedValues(facet).filter((candidate) => chosen.includes(candidate)))
			params.append(facet.key, value);
	}
	return params.toString();
}

/** A pre-rendered page of a list for one value of one facet ("sector-mont-lozere", "pets"). */
export interface FacetPage {
	id: string;
	key: string;
	value: string;
	state: FilterState;
}

export function facetPage(
	facets: readonly FacetDefinition[],
	key: string,
	value: string,
): FacetPage {
	const state = emptyState(facets);
	state[key] = [value];
	const flag = facets.find((facet) => facet.key === key)?.kind === 'flag';
	return { id: flag ? key : `${key}-${value}`, key, value, state };
}

/**
 * One page per value of the given facets that matches at least one item: the links visitors
 * without JavaScript filter with.
 */
export function facetPages(
	items: readonly FacetValues[],
	facets: readonly FacetDefinition[],
	keys: readonly string[],
): FacetPage[] {
	return keys
		.map((key) => facets.find((facet) => facet.key === key))
		.filter((facet): facet is FacetDefinition => facet !== undefined)
		.flatMap((facet) => acceptedValues(facet).map((value) => facetPage(facets, facet.key, value)))
		.filter((page) => items.some((item) => matches(item, page.state, facets)));
}

/** How many items each value of each facet would give, the other chosen filters applying. */
export function facetCounts(
	items: readonly FacetValues[],
	state: FilterState,
	facets: readonly FacetDefinition[],
): Record<string, Record<string, number>> {
	return Object.fromEntries(
		facets.map((facet) => {
			const others = items.filter((item) =>
				facets.every(
					(other) => other === facet || matchesFacet(item, other, state[other.key] ?? []),
				),
			);
			const counts = Object.fromEntries(
				acceptedValues(facet).map((value) => [
					value,
					others.filter((item) => matchesFacet(item, facet, [value])).length,
				]),
			);
			return [facet.key, counts];
		}),
	);
}
