/**
 * Faceted filtering for any list of the site: what each kind of facet matches, how chosen
 * filters are written in the query string, and which facet pages are pre-rendered for visitors
 * without JavaScript. Generalised from the hike list's filters (src/lib/hikes/filters.ts), with
 * the same conventions: several values of a list facet match any of them, facets combine with
 * "and", `?type=rental&type=hotel&pets=1&capacity=4`, facet page ids `type-rental`.
 *
 * Dated lists (the agenda) add two kinds of facet over an item's span of dates: a period relative
 * to today ("today", "this weekend", "the next 15 days", a month: `?when=weekend`) and the bounds
 * of a date range (`?from=2026-12-01&to=2026-12-15`). "Today" is passed in (`FacetContext`): the
 * build's day for the pre-rendered pages, the visitor's day in the browser.
 *
 * Shared by the pre-rendered pages (build) and the filter island (browser), so both agree.
 */
import { addDays, endOfMonth, isIsoDate, weekdayOf, type IsoDate } from '../calendar/dates';
import { parisToday } from '../calendar/paris-time';
import { WEEKDAYS } from '../calendar/weekdays';

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
	| { key: string; kind: 'flag' }
	/**
	 * A period relative to today (`today`, `weekend`, `next-15-days`) or a month (`2026-12`): an
	 * item matches if its span of dates (`field`: [first, last]) meets it. An item on separate
	 * days (a weekly market) gives a span for each: [first, last, first, last…]; one meeting the
	 * period is enough.
	 */
	| { key: string; kind: 'period'; field: string; values: readonly string[] }
	/** One bound of a date range, any date "YYYY-MM-DD": items ending on or after `from`, starting on or before `to`. */
	| { key: string; kind: 'day'; field: string; bound: 'from' | 'to' };

/** What matching needs besides the items: today's date, for the periods. */
export interface FacetContext {
	today: IsoDate;
}

/** The periods relative to today that a period facet can offer, before months. */
export const RELATIVE_PERIODS = ['today', 'weekend', 'next-15-days'] as const;

/**
 * The first and last days of a period on a given day: today; the weekend (Saturday and Sunday,
 * the rest of it on a Saturday or a Sunday); today and the 14 days after; a month "YYYY-MM".
 */
export function periodDays(period: string, today: IsoDate): [IsoDate, IsoDate] | undefined {
	switch (period) {
		case 'today':
			return [today, today];
		case 'weekend': {
			const weekday = weekdayOf(today);
			if (weekday === 'su') return [today, today];
			// Monday is 5 days before Saturday, Friday 1.
			const saturday = addDays(today, 5 - WEEKDAYS.indexOf(weekday));
			return [saturday, addDays(saturday, 1)];
		}
		case 'next-15-days':
			return [today, addDays(today, 14)];
		default: {
			if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return undefined;
			const first = `${period}-01`;
			return [first, endOfMonth(first)];
		}
	}
}

/** An item's values, by facet key: strings for list and choice facets, numbers, booleans. */
export type FacetValues = Record<string, string | readonly string[] | number | boolean | undefined>;

/**
 * An item of a filtered list: its id (on its card, `data-item-id`), name and place (for sorting
 * by distance), its values, and for dated lists the instant it ends, after which it is hidden.
 */
export interface FacetItem {
	id: string;
	name: string;
	lat?: number | undefined;
	lon?: number | undefined;
	values: FacetValues;
	/** Milliseconds since 1970: the item has ended and is hidden from then on. */
	endsAt?: number | undefined;
}

/**
 * A card's values as data attributes (`data-f-<key>`: lists space-separated, a flag present when
 * true), for lists whose filter island reads its items from the page rather than from a copy.
 */
export function facetAttributes(values: FacetValues): Record<string, string | true> {
	const attributes: Record<string, string | true> = {};
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined || value === false) continue;
		attributes[`data-f-${key}`] =
			value === true ? true : Array.isArray(value) ? value.join(' ') : String(value);
	}
	return attributes;
}

/** The values a card's data attributes (facetAttributes) hold, read as the facets expect them. */
export function facetValuesOf(
	attribute: (name: string) => string | null,
	facets: readonly FacetDefinition[],
): FacetValues {
	const values: FacetValues = {};
	for (const facet of facets) {
		const key = facet.kind === 'period' || facet.kind === 'day' ? facet.field : facet.key;
		const value = attribute(`data-f-${key}`);
		if (facet.kind === 'flag') values[key] = value !== null;
		else if (value === null) continue;
		else if (facet.kind === 'range') values[key] = Number(value);
		else values[key] = value.split(' ');
	}
	return values;
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

/**
 * Whether one of an item's spans of dates ([first, last], or one per separate day: [first, last,
 * first, last…]) meets the days from `from` to `to`.
 */
const meets = (value: FacetValues[string], from: string, to: string): boolean =>
	asList(value).some(
		(first, index, list) => !(index % 2) && first <= to && list[index + 1]! >= from,
	);

/** Whether an item with these values matches one facet's chosen values. */
export function matchesFacet(
	values: FacetValues,
	facet: FacetDefinition,
	chosen: readonly string[],
	context?: FacetContext,
): boolean {
	if (chosen.length === 0) return true;
	if (facet.kind === 'period' || facet.kind === 'day') {
		const day = chosen[0] ?? '';
		// Today is worked out only when a period is chosen: lists of thousands match without it.
		const [from, to] =
			facet.kind === 'day'
				? facet.bound === 'from'
					? [day, '9']
					: ['', day]
				: (periodDays(day, (context ?? { today: parisToday() }).today) ?? ['', '9']);
		return meets(values[facet.field], from, to);
	}
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
	context?: FacetContext,
): boolean {
	return facets.every((facet) => matchesFacet(values, facet, state[facet.key] ?? [], context));
}

/** The values a facet accepts in the query string: every date for a day facet. */
function acceptedValues(facet: FacetDefinition): readonly string[] {
	switch (facet.kind) {
		case 'list':
		case 'choice':
		case 'period':
			return facet.values;
		case 'range':
			return facet.ranges.map((range) => range.id);
		case 'flag':
			return ['1'];
		case 'day':
			return [];
	}
}

const accepts = (facet: FacetDefinition, value: string): boolean =>
	facet.kind === 'day' ? isIsoDate(value) : acceptedValues(facet).includes(value);

/** Reads filters from a query string; unknown parameters and values are ignored. */
export function stateFromQuery(
	query: string | URLSearchParams,
	facets: readonly FacetDefinition[],
): FilterState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const state = emptyState(facets);
	for (const facet of facets) {
		const values = params
			.getAll(facet.key)
			.flatMap((value) => value.split(','))
			.filter((value) => accepts(facet, value));
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
		const ordered =
			facet.kind === 'day'
				? chosen.filter((value) => accepts(facet, value)).slice(0, 1)
				: acceptedValues(facet).filter((candidate) => chosen.includes(candidate));
		for (const value of ordered) params.append(facet.key, value);
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
	context?: FacetContext,
): FacetPage[] {
	return keys
		.map((key) => facets.find((facet) => facet.key === key))
		.filter((facet): facet is FacetDefinition => facet !== undefined)
		.flatMap((facet) => acceptedValues(facet).map((value) => facetPage(facets, facet.key, value)))
		.filter((page) => items.some((item) => matches(item, page.state, facets, context)));
}

/** How many items each value of each facet would give, the other chosen filters applying. */
export function facetCounts(
	items: readonly FacetValues[],
	state: FilterState,
	facets: readonly FacetDefinition[],
	context?: FacetContext,
): Record<string, Record<string, number>> {
	return Object.fromEntries(
		facets.map((facet) => {
			const others = items.filter((item) =>
				facets.every(
					(other) => other === facet || matchesFacet(item, other, state[other.key] ?? [], context),
				),
			);
			const counts = Object.fromEntries(
				acceptedValues(facet).map((value) => [
					value,
					others.filter((item) => matchesFacet(item, facet, [value], context)).length,
				]),
			);
			return [facet.key, counts];
		}),
	);
}
