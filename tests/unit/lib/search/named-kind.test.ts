import { describe, expect, it } from 'vitest';
import {
	KIND_WORDS,
	kindFirst,
	namedKind as namedKindIn,
} from '../../../../src/lib/search/named-kind';
import type { SearchKind } from '../../../../src/lib/search/kinds';

/** The kinds as the search page gives them to its island. */
const KINDS = Object.entries(KIND_WORDS).map(([value, words]) => ({
	value: value as SearchKind,
	words,
}));
const namedKind = (query: string) => namedKindIn(query, KINDS);

describe('namedKind', () => {
	it('finds the kind a query names, in either language, accents and capitals folded', () => {
		expect(namedKind('randonnée')).toBe('hike');
		expect(namedKind('Randonnees Vialas')).toBe('hike');
		expect(namedKind('hike')).toBe('hike');
		expect(namedKind('gîte')).toBe('accommodation');
		expect(namedKind('GITES Bassurels')).toBe('accommodation');
		expect(namedKind('restaurant')).toBe('restaurant');
		expect(namedKind('marché')).toBe('event');
		expect(namedKind('Sunday market')).toBe('event');
		// Plurals, as visitors type them.
		expect(namedKind('activities')).toBe('activity');
		expect(namedKind('activités')).toBe('activity');
		expect(namedKind('hikes')).toBe('hike');
		expect(namedKind('producteurs')).toBe('producer');
	});

	it('names no kind for other words, nor for a word only containing one', () => {
		expect(namedKind('Finiels')).toBeUndefined();
		expect(namedKind('randonneur')).toBeUndefined();
		expect(namedKind('marchés-truffes')).toBe('event');
		expect(namedKind('')).toBeUndefined();
	});
});

describe('kindFirst', () => {
	it('puts the results of the kind first, then the others in their order, none twice', () => {
		const all = [{ id: 'event-1' }, { id: 'hike-1' }, { id: 'page-1' }, { id: 'hike-2' }];
		expect(kindFirst([{ id: 'hike-1' }, { id: 'hike-2' }], all).map((r) => r.id)).toEqual([
			'hike-1',
			'hike-2',
			'event-1',
			'page-1',
		]);
		expect(kindFirst([], all)).toEqual(all);
	});
});
