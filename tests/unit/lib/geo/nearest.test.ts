import { describe, expect, it } from 'vitest';
import { nearest } from '../../../../src/lib/geo/nearest';

const places = [
	{ name: 'Vialas', at: { lat: 44.3335, lon: 3.8958 } },
	{ name: 'Le Pont-de-Montvert', at: { lat: 44.36265, lon: 3.7464 } },
	{ name: 'Le Collet-de-Dèze', at: { lat: 44.2458, lon: 3.9228 } },
];

describe('nearest', () => {
	it('sorts places by distance from a point, nearest first, with the distance in metres', () => {
		const fromGenolhac = { lat: 44.3505, lon: 3.9466 };
		const result = nearest(places, fromGenolhac, (place) => place.at, 3);
		expect(result.map(({ item }) => item.name)).toEqual([
			'Vialas',
			'Le Collet-de-Dèze',
			'Le Pont-de-Montvert',
		]);
		// Génolhac to Vialas is about 4.4 km as the crow flies.
		expect(result[0]?.metres).toBeGreaterThan(4_000);
		expect(result[0]?.metres).toBeLessThan(5_000);
	});

	it('returns at most `count` places', () => {
		expect(nearest(places, { lat: 44.3, lon: 3.8 }, (place) => place.at, 2)).toHaveLength(2);
	});

	it('keeps the input order for places at the same distance', () => {
		const twins = [
			{ name: 'a', at: { lat: 44.3, lon: 3.8 } },
			{ name: 'b', at: { lat: 44.3, lon: 3.8 } },
		];
		expect(
			nearest(twins, { lat: 44.2, lon: 3.8 }, (place) => place.at, 2).map(({ item }) => item.name),
		).toEqual(['a', 'b']);
	});
});
