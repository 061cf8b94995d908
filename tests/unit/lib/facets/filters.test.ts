import { describe, expect, it } from 'vitest';
import {
	emptyState,
	facetCounts,
	facetPages,
	matches,
	stateFromQuery,
	stateToQuery,
	type FacetDefinition,
	type FacetValues,
} from '../../../../src/lib/facets/filters';

const FACETS: FacetDefinition[] = [
	{ key: 'type', kind: 'list', values: ['hotel', 'rental', 'campsite'] },
	{ key: 'labels', kind: 'list', values: ['gites-de-france', 'esprit-parc-national'] },
	{
		key: 'capacity',
		kind: 'range',
		ranges: [
			{ id: '4', min: 4 },
			{ id: '8', min: 8 },
		],
	},
	{
		key: 'price',
		kind: 'range',
		ranges: [
			{ id: 'under-50', max: 50 },
			{ id: '50-80', min: 50, max: 80 },
		],
	},
	{ key: 'month', kind: 'choice', values: ['1', '7', '8'] },
	{ key: 'pets', kind: 'flag' },
];

const gite: FacetValues = {
	type: 'rental',
	labels: ['gites-de-france'],
	capacity: 6,
	price: 60,
	month: ['7', '8'],
	pets: true,
};
const hotel: FacetValues = {
	type: 'hotel',
	labels: [],
	capacity: 30,
	price: 85,
	month: ['1', '7', '8'],
	pets: false,
};
const tent: FacetValues = {
	type: 'campsite',
	labels: ['esprit-parc-national'],
	capacity: undefined,
	price: 18,
	month: ['7'],
	pets: true,
};
const items = [gite, hotel, tent];

const state = (query: string) => stateFromQuery(query, FACETS);
const shown = (query: string) => items.filter((item) => matches(item, state(query), FACETS));

describe('matching', () => {
	it('shows everything without filters', () => {
		expect(shown('')).toEqual(items);
	});
	it('matches any chosen value of a list facet, and every facet', () => {
		expect(shown('type=rental&type=campsite')).toEqual([gite, tent]);
		expect(shown('type=rental,campsite&pets=1&labels=esprit-parc-national')).toEqual([tent]);
	});
	it('reads a range with only a minimum as "at least", and leaves out items without a number', () => {
		expect(shown('capacity=4')).toEqual([gite, hotel]);
		expect(shown('capacity=8')).toEqual([hotel]);
	});
	it('excludes the upper bound of a range', () => {
		expect(shown('price=50-80')).toEqual([gite]);
		expect(shown('price=under-50')).toEqual([tent]);
	});
	it('matches a choice among the item’s values', () => {
		expect(shown('month=1')).toEqual([hotel]);
		expect(shown('month=8')).toEqual([gite, hotel]);
	});
});

describe('the query string', () => {
	it('ignores unknown parameters and values, and keeps one value of a single-choice facet', () => {
		expect(state('type=castle&colour=red&month=7&month=8&pets=yes')).toEqual({
			...emptyState(FACETS),
			month: ['7'],
		});
	});
	it('writes the filters back in facet order', () => {
		expect(stateToQuery(state('pets=1&type=hotel&type=rental&capacity=4'), FACETS)).toBe(
			'type=hotel&type=rental&capacity=4&pets=1',
		);
		expect(stateToQuery(emptyState(FACETS), FACETS)).toBe('');
	});
});

describe('facet pages and counts', () => {
	it('makes a page per value that has items, named facet-value, and one per flag', () => {
		expect(facetPages(items, FACETS, ['type', 'pets', 'month']).map((page) => page.id)).toEqual([
			'type-hotel',
			'type-rental',
			'type-campsite',
			'pets',
			'month-1',
			'month-7',
			'month-8',
		]);
	});
	it('counts each value with the other filters applied', () => {
		const counts = facetCounts(items, state('pets=1&type=hotel'), FACETS);
		expect(counts['type']).toEqual({ hotel: 0, rental: 1, campsite: 1 });
		expect(counts['pets']).toEqual({ '1': 0 });
	});
});
