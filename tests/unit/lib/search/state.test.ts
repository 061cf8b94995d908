import { describe, expect, it } from 'vitest';
import {
	EMPTY_STATE,
	hasCriteria,
	pagefindFilters,
	QUERY_MAX_LENGTH,
	resultOrder,
	stateFromQuery,
	stateToQuery,
} from '../../../../src/lib/search/state';

const known = { sectors: ['mont-lozere', 'vallee-longue'], villages: ['vialas', 'gabriac'] };
const read = (query: string) => stateFromQuery(new URLSearchParams(query), known);

describe('the search state in the URL', () => {
	it('reads the query, the kinds, the sector and the village', () => {
		expect(
			read(
				'q=g%C3%AEte+d%E2%80%99%C3%A9tape&kind=hike&kind=office&sector=mont-lozere&village=vialas',
			),
		).toEqual({
			query: 'gîte d’étape',
			kinds: ['office', 'hike'],
			sector: 'mont-lozere',
			village: 'vialas',
		});
	});

	it('collapses spaces and cuts a query longer than the index reads', () => {
		expect(read('q=%20%20Vialas%20%20%20Finiels%20').query).toBe('Vialas Finiels');
		expect(read(`q=${'a'.repeat(500)}`).query).toHaveLength(QUERY_MAX_LENGTH);
	});

	it('drops kinds, sectors and villages the site does not know', () => {
		expect(read('kind=hike,casino&sector=atlantis&village=paris')).toEqual({
			...EMPTY_STATE,
			kinds: ['hike'],
		});
	});

	it('writes back what it reads, empty values left out', () => {
		const query = 'q=g%C3%AEte&kind=accommodation&kind=hike&village=vialas';
		expect(stateToQuery(read(query))).toBe(query);
		expect(stateToQuery(EMPTY_STATE)).toBe('');
	});

	it('has something to search for once there are words or a filter', () => {
		expect(hasCriteria(EMPTY_STATE)).toBe(false);
		expect(hasCriteria({ ...EMPTY_STATE, query: 'x' })).toBe(true);
		expect(hasCriteria({ ...EMPTY_STATE, village: 'vialas' })).toBe(true);
	});
});

describe('the filters sent to Pagefind', () => {
	const state = {
		query: 'x',
		kinds: ['hike', 'office'] as const,
		sector: 'mont-lozere',
		village: '',
	};

	it('keeps pages of any chosen kind, in the sector, and none whose last day is over', () => {
		expect(pagefindFilters({ ...state, kinds: [...state.kinds] }, ['2026-07-01'])).toEqual({
			kind: { any: ['hike', 'office'] },
			sector: 'mont-lozere',
			ends: { none: ['2026-07-01'] },
		});
	});

	it('leaves the kinds out to count the results of each kind', () => {
		expect(
			pagefindFilters({ ...state, kinds: [...state.kinds] }, [], { withKinds: false }),
		).toEqual({
			sector: 'mont-lozere',
		});
	});
});

describe('the order of results', () => {
	it('is relevance with words, name without, date for events alone', () => {
		expect(resultOrder({ ...EMPTY_STATE, query: 'gîte' })).toBeUndefined();
		expect(resultOrder({ ...EMPTY_STATE, village: 'vialas' })).toEqual({ name: 'asc' });
		expect(resultOrder({ ...EMPTY_STATE, kinds: ['event'] })).toEqual({ date: 'asc' });
	});
});
