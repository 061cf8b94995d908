/** The dated facets of src/lib/facets/filters.ts, as the agenda uses them. */
import { describe, expect, it } from 'vitest';
import {
	facetPages,
	matches,
	periodDays,
	stateFromQuery,
	stateToQuery,
	type FacetDefinition,
	type FacetValues,
} from '../../../../src/lib/facets/filters';

const FACETS: FacetDefinition[] = [
	{
		key: 'when',
		kind: 'period',
		field: 'dates',
		values: ['today', 'weekend', 'next-15-days', '2026-12'],
	},
	{ key: 'from', kind: 'day', field: 'dates', bound: 'from' },
	{ key: 'to', kind: 'day', field: 'dates', bound: 'to' },
	{ key: 'free', kind: 'flag' },
];

const THURSDAY = { today: '2026-11-26' };
const line = (first: string, last = first, free = false): FacetValues => ({
	dates: [first, last],
	free,
});

describe('periods relative to today', () => {
	it('name today, the coming weekend and the next 15 days', () => {
		expect(periodDays('today', '2026-11-26')).toEqual(['2026-11-26', '2026-11-26']);
		expect(periodDays('weekend', '2026-11-26')).toEqual(['2026-11-28', '2026-11-29']);
		expect(periodDays('weekend', '2026-11-30')).toEqual(['2026-12-05', '2026-12-06']);
		expect(periodDays('next-15-days', '2026-11-26')).toEqual(['2026-11-26', '2026-12-10']);
		expect(periodDays('2027-02', '2026-11-26')).toEqual(['2027-02-01', '2027-02-28']);
	});

	it('keep what is left of the weekend on a Saturday and a Sunday', () => {
		expect(periodDays('weekend', '2026-11-28')).toEqual(['2026-11-28', '2026-11-29']);
		expect(periodDays('weekend', '2026-11-29')).toEqual(['2026-11-29', '2026-11-29']);
	});
});

describe('matching dated lines', () => {
	it('matches a line whose dates meet the period', () => {
		const state = { when: ['weekend'], from: [], to: [], free: [] };
		expect(matches(line('2026-11-28'), state, FACETS, THURSDAY)).toBe(true);
		expect(matches(line('2026-11-27'), state, FACETS, THURSDAY)).toBe(false);
		// An exhibition running through the weekend.
		expect(matches(line('2026-10-17', '2026-12-20'), state, FACETS, THURSDAY)).toBe(true);
	});

	it('matches a date range by its bounds', () => {
		const state = { when: [], from: ['2026-12-10'], to: ['2026-12-15'], free: [] };
		expect(matches(line('2026-12-09'), state, FACETS, THURSDAY)).toBe(false);
		expect(matches(line('2026-12-15'), state, FACETS, THURSDAY)).toBe(true);
		expect(matches(line('2026-12-01', '2027-01-03'), state, FACETS, THURSDAY)).toBe(true);
		expect(matches(line('2026-12-16'), state, FACETS, THURSDAY)).toBe(false);
	});

	it('depends on the day it is asked: today moves on', () => {
		const state = { when: ['today'], from: [], to: [], free: [] };
		expect(matches(line('2026-11-27'), state, FACETS, THURSDAY)).toBe(false);
		expect(matches(line('2026-11-27'), state, FACETS, { today: '2026-11-27' })).toBe(true);
	});
});

describe('dates in the query string', () => {
	it('reads any real date for a range bound, and known periods only', () => {
		const state = stateFromQuery(
			'when=weekend&from=2026-12-01&to=2026-02-30&when=tomorrow',
			FACETS,
		);
		expect(state).toEqual({ when: ['weekend'], from: ['2026-12-01'], to: [], free: [] });
		expect(stateToQuery(state, FACETS)).toBe('when=weekend&from=2026-12-01');
	});
});

describe('pre-rendered pages of periods', () => {
	it('exist for the periods with lines, never for the range bounds', () => {
		const items = [line('2026-11-28'), line('2026-12-24')];
		expect(
			facetPages(items, FACETS, ['when', 'from', 'to'], THURSDAY).map((page) => page.id),
		).toEqual(['when-weekend', 'when-next-15-days', 'when-2026-12']);
	});
});
