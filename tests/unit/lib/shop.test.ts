import { describe, expect, it } from 'vitest';
import {
	formatPrice,
	groupByCategory,
	seasonsOf,
	stockInOfficeOrder,
	type ShopItem,
} from '../../../src/lib/shop';

const item = (id: string, category: string, title: string): ShopItem => ({
	id,
	category,
	title,
	stock: [{ office: 'vialas', seasons: ['summer'] }],
});

describe('groupByCategory', () => {
	it('keeps the shelves in the given order, sorts titles and leaves out empty shelves', () => {
		const groups = groupByCategory(
			[item('b', 'novels', 'Zeta'), item('a', 'maps', 'Étoile'), item('c', 'novels', 'Alpha')],
			['maps', 'goodies', 'novels'],
			'fr',
		);
		expect(groups.map((group) => group.category)).toEqual(['maps', 'novels']);
		expect(groups[1]?.items.map((entry) => entry.title)).toEqual(['Alpha', 'Zeta']);
	});
});

describe('seasonsOf', () => {
	it('says all year when the product is there in every season', () => {
		expect(seasonsOf(['winter', 'spring', 'autumn', 'summer'])).toBe('all-year');
	});

	it('lists the seasons in calendar order otherwise', () => {
		expect(seasonsOf(['winter', 'summer'])).toEqual(['summer', 'winter']);
	});
});

describe('stockInOfficeOrder', () => {
	it('names the offices in the order the site lists them', () => {
		const stock = [
			{ office: 'vialas', seasons: [] },
			{ office: 'le-pont-de-montvert', seasons: [] },
		];
		expect(
			stockInOfficeOrder(stock, ['le-pont-de-montvert', 'vialas']).map((line) => line.office),
		).toEqual(['le-pont-de-montvert', 'vialas']);
	});
});

describe('formatPrice', () => {
	it('writes euros the French and the English way', () => {
		expect(formatPrice(13.9, 'fr')).toBe('13,90\u00a0€');
		expect(formatPrice(13.9, 'en')).toBe('€13.90');
	});
});
