import { describe, expect, it } from 'vitest';
import { kindFirst, namedKind } from '../../../../src/lib/search/named-kind';

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
