/**
 * The agenda's filters (src/lib/facets/ does the matching): when (today, this weekend, the next
 * 15 days, a month), a date range, sector, village, category, for families, free.
 */
import { addDays, monthOf, type IsoDate } from '../calendar/dates';
import { RELATIVE_PERIODS, type FacetDefinition, type FacetValues } from '../facets/filters';

/** Facets pre-rendered as pages for visitors without JavaScript, in the order of their links. */
export const MAIN_EVENT_FACETS = [
	'when',
	'sector',
	'category',
	'village',
	'family',
	'free',
] as const;

/** Facets shown at once in the filter panel; the others under "more filters". */
export const PRIMARY_EVENT_FACETS = ['when', 'sector', 'category'] as const;

/** How many months the "when" filter offers, from the current one. */
export const AGENDA_MONTHS = 12;

/** The months "YYYY-MM" from today's, `count` of them. */
export function monthsFrom(today: IsoDate, count = AGENDA_MONTHS): string[] {
	const months: string[] = [];
	let day = `${monthOf(today)}-01`;
	while (months.length < count) {
		months.push(monthOf(day));
		day = `${monthOf(addDays(day, 31))}-01`;
	}
	return months;
}

/** The agenda's facets; values no line has are left out (a village without events). */
export function eventFacets(context: {
	today: IsoDate;
	sectors: readonly string[];
	villages: readonly string[];
	categories: readonly string[];
	items: readonly FacetValues[];
}): FacetDefinition[] {
	const present = (key: string) => new Set(context.items.map((item) => item[key]));
	const sectors = present('sector');
	const villages = present('village');
	const categories = present('category');
	return [
		{
			key: 'when',
			kind: 'period',
			field: 'dates',
			values: [...RELATIVE_PERIODS, ...monthsFrom(context.today)],
		},
		{ key: 'from', kind: 'day', field: 'dates', bound: 'from' },
		{ key: 'to', kind: 'day', field: 'dates', bound: 'to' },
		{ key: 'sector', kind: 'list', values: context.sectors.filter((id) => sectors.has(id)) },
		{ key: 'village', kind: 'list', values: context.villages.filter((id) => villages.has(id)) },
		{
			key: 'category',
			kind: 'list',
			values: context.categories.filter((id) => categories.has(id)),
		},
		{ key: 'family', kind: 'flag' },
		{ key: 'free', kind: 'flag' },
	];
}
