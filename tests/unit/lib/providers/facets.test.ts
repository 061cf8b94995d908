import { describe, expect, it } from 'vitest';
import { matches, stateFromQuery } from '../../../../src/lib/facets/filters';
import {
	monthsOf,
	openMonths,
	priceFrom,
	providerFacets,
	providerFacetValues,
	type ProviderFacetSource,
} from '../../../../src/lib/providers/facets';

const gite: ProviderFacetSource = {
	category: 'accommodation',
	kinds: ['rental'],
	capacity: 6,
	labels: [{ code: 'gites-de-france', level: 3 }, { code: 'tourisme-handicap' }],
	petsAllowed: true,
	accessibility: ['motor', 'hearing'],
	reducedMobilityAccess: true,
	prices: [
		{ min: 420, max: 650, per: 'PerWeek' },
		{ min: 85, per: 'PerNight' },
	],
	openingPeriods: [{ from: '04-01', to: '10-31' }],
};

describe('prices', () => {
	it('compares accommodation per night: a weekly rent counts as a seventh', () => {
		expect(priceFrom(gite)).toBe(60);
		expect(priceFrom({ category: 'accommodation', prices: [{ min: 700, per: 'PerWeek' }] })).toBe(
			100,
		);
	});
	it('takes the lowest price as it is for other categories, and nothing without prices', () => {
		expect(
			priceFrom({ category: 'restaurant', prices: [{ min: 32 }, { min: 18, per: 'PerPerson' }] }),
		).toBe(18);
		expect(priceFrom({ category: 'producer', prices: [] })).toBeUndefined();
	});
});

describe('open months', () => {
	it('lists the months a season touches', () => {
		expect(monthsOf({ from: '04-15', to: '06-02' })).toEqual([4, 5, 6]);
	});
	it('handles a season over New Year, and all year', () => {
		expect(monthsOf({ from: '12-01', to: '02-28' })).toEqual([12, 1, 2]);
		expect(openMonths([{ from: '01-01', to: '12-31' }])).toHaveLength(12);
	});
	it('merges seasons, sorted', () => {
		expect(
			openMonths([
				{ from: '07-01', to: '08-31' },
				{ from: '03-01', to: '04-30' },
			]),
		).toEqual([3, 4, 7, 8]);
	});
});

describe('a provider’s filter values', () => {
	const values = providerFacetValues(gite, 'vialas', 'mont-lozere');

	it('gives every facet its value', () => {
		expect(values).toEqual({
			type: ['rental'],
			sector: 'mont-lozere',
			village: 'vialas',
			capacity: 6,
			labels: ['gites-de-france', 'tourisme-handicap'],
			pets: true,
			access: ['motor', 'hearing', 'reduced-mobility'],
			price: 60,
			month: ['4', '5', '6', '7', '8', '9', '10'],
		});
	});

	it('matches the filters a visitor would choose', () => {
		const other = providerFacetValues(
			{ ...gite, accessibility: ['visual'] },
			'vialas',
			'mont-lozere',
		);
		const facets = providerFacets('accommodation', {
			sectors: ['mont-lozere'],
			villages: ['vialas'],
			items: [values, other],
		});
		const shown = (query: string) => matches(values, stateFromQuery(query, facets), facets);
		expect(shown('capacity=6&pets=1&access=hearing&month=7&price=50-80')).toBe(true);
		expect(shown('capacity=8')).toBe(false);
		expect(shown('month=11')).toBe(false);
		expect(shown('price=under-50')).toBe(false);
		expect(shown('access=visual')).toBe(false);
	});
});

describe('the facets of a list', () => {
	it('keeps only values and facets that some provider can match', () => {
		const restaurant = providerFacetValues(
			{
				...gite,
				category: 'restaurant',
				kinds: ['farm-inn'],
				capacity: undefined,
				labels: [],
				accessibility: [],
				reducedMobilityAccess: false,
			},
			'vialas',
			'mont-lozere',
		);
		const facets = providerFacets('restaurant', {
			sectors: ['calbertois', 'mont-lozere'],
			villages: ['vialas', 'molezon'],
			items: [restaurant],
		});
		expect(facets.map((facet) => facet.key)).toEqual([
			'type',
			'sector',
			'village',
			'pets',
			'price',
			'month',
		]);
		expect(facets[0]).toEqual({ key: 'type', kind: 'list', values: ['farm-inn'] });
		expect(facets[1]).toEqual({ key: 'sector', kind: 'list', values: ['mont-lozere'] });
	});
});
