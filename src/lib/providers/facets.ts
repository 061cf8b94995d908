/**
 * The filters of the provider lists (src/lib/facets/ does the matching): which facets each
 * category has, and what a provider's values are for each of them.
 */
import type { FacetDefinition, FacetValues, Range } from '../facets/filters';
import {
	ACCESSIBILITY_FAMILIES,
	KINDS_BY_CATEGORY,
	type AccessibilityFamily,
	type ProviderCategory,
} from '../datatourisme/vocabulary';

/** What the filters read of a provider (the collection's data, with the village as an id). */
export interface ProviderFacetSource {
	category: ProviderCategory;
	kinds: readonly string[];
	capacity?: number | undefined;
	labels: readonly { code: string; level?: number | undefined }[];
	petsAllowed?: boolean | undefined;
	accessibility: readonly AccessibilityFamily[];
	reducedMobilityAccess?: boolean | undefined;
	prices: readonly {
		min?: number | undefined;
		max?: number | undefined;
		per?: string | undefined;
	}[];
	openingPeriods: readonly { from: string; to: string }[];
}

/** Facets pre-rendered as pages for visitors without JavaScript. */
export const MAIN_FACETS = ['type', 'sector', 'village'] as const;

/** "At least N people". */
export const CAPACITY_RANGES: Range[] = [2, 4, 6, 8, 12].map((people) => ({
	id: String(people),
	min: people,
}));

/**
 * Price bands by category, on the lowest price: per night for accommodation (a weekly rent
 * counts as a seventh of it), per person for meals and activities.
 */
export const PRICE_RANGES: Partial<Record<ProviderCategory, Range[]>> = {
	accommodation: [
		{ id: 'under-50', max: 50 },
		{ id: '50-80', min: 50, max: 80 },
		{ id: '80-120', min: 80, max: 120 },
		{ id: 'over-120', min: 120 },
	],
	restaurant: [
		{ id: 'under-20', max: 20 },
		{ id: '20-30', min: 20, max: 30 },
		{ id: '30-45', min: 30, max: 45 },
		{ id: 'over-45', min: 45 },
	],
	activity: [
		{ id: 'under-20', max: 20 },
		{ id: '20-40', min: 20, max: 40 },
		{ id: '40-60', min: 40, max: 60 },
		{ id: 'over-60', min: 60 },
	],
};

/** The access filter: the four Tourisme & Handicap families, and access declared by the provider. */
export const ACCESS_VALUES = [...ACCESSIBILITY_FAMILIES, 'reduced-mobility'] as const;

export const MONTHS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

const PER_NIGHT_DIVISOR: Record<string, number> = { PerWeek: 7, PerWeekend: 2 };

/** The lowest price, per night for accommodation; undefined without prices. */
export function priceFrom(
	provider: Pick<ProviderFacetSource, 'category' | 'prices'>,
): number | undefined {
	const amounts = provider.prices
		.map((price) => {
			const amount = price.min ?? price.max;
			if (amount === undefined) return undefined;
			return provider.category === 'accommodation'
				? amount / (PER_NIGHT_DIVISOR[price.per ?? ''] ?? 1)
				: amount;
		})
		.filter((amount): amount is number => amount !== undefined);
	return amounts.length > 0 ? Math.min(...amounts) : undefined;
}

/** The months (1–12) a season from "MM-DD" to "MM-DD" touches; a season may span New Year. */
export function monthsOf(period: { from: string; to: string }): number[] {
	const first = Number(period.from.slice(0, 2));
	const last = Number(period.to.slice(0, 2));
	const months: number[] = [];
	for (let month = first; ; month = (month % 12) + 1) {
		months.push(month);
		if (month === last || months.length === 12) break;
	}
	return months;
}

/** The months a provider is open, from its seasons; empty when the feed gives none. */
export function openMonths(periods: ProviderFacetSource['openingPeriods']): number[] {
	return [...new Set(periods.flatMap(monthsOf))].sort((a, b) => a - b);
}

/** A provider's values for the filters. */
export function providerFacetValues(
	provider: ProviderFacetSource,
	village: string,
	sector: string,
): FacetValues {
	const access: string[] = [...provider.accessibility];
	if (provider.reducedMobilityAccess) access.push('reduced-mobility');
	return {
		type: provider.kinds,
		sector,
		village,
		capacity: provider.capacity,
		labels: [...new Set(provider.labels.map((label) => label.code))],
		pets: provider.petsAllowed === true,
		access,
		price: priceFrom(provider),
		month: openMonths(provider.openingPeriods).map(String),
	};
}

/**
 * The facets of a category's list. Values come from the site's sectors and villages and, for
 * labels, from the providers themselves; facets that no provider can match are left out.
 */
export function providerFacets(
	category: ProviderCategory,
	context: {
		sectors: readonly string[];
		villages: readonly string[];
		items: readonly FacetValues[];
	},
): FacetDefinition[] {
	const present = (key: string) =>
		new Set(
			context.items.flatMap((item) => {
				const value = item[key];
				return Array.isArray(value)
					? (value as string[])
					: typeof value === 'string'
						? [value]
						: [];
			}),
		);
	const has = (key: string) =>
		context.items.some(
			(item) =>
				item[key] !== undefined &&
				item[key] !== false &&
				!(Array.isArray(item[key]) && (item[key] as unknown[]).length === 0),
		);
	const labels = [...present('labels')].sort();
	const facets: (FacetDefinition | false)[] = [
		{
			key: 'type',
			kind: 'list',
			values: KINDS_BY_CATEGORY[category].filter((kind) => present('type').has(kind)),
		},
		{
			key: 'sector',
			kind: 'list',
			values: context.sectors.filter((sector) => present('sector').has(sector)),
		},
		{
			key: 'village',
			kind: 'list',
			values: context.villages.filter((village) => present('village').has(village)),
		},
		category === 'accommodation' &&
			has('capacity') && { key: 'capacity', kind: 'range', ranges: CAPACITY_RANGES },
		labels.length > 0 && { key: 'labels', kind: 'list', values: labels },
		(category === 'accommodation' || category === 'restaurant') &&
			has('pets') && { key: 'pets', kind: 'flag' },
		has('access') && {
			key: 'access',
			kind: 'list',
			values: ACCESS_VALUES.filter((value) => present('access').has(value)),
		},
		PRICE_RANGES[category] !== undefined &&
			has('price') && { key: 'price', kind: 'range', ranges: PRICE_RANGES[category] ?? [] },
		has('month') && { key: 'month', kind: 'choice', values: MONTHS },
	];
	return facets.filter((facet): facet is FacetDefinition => facet !== false);
}
