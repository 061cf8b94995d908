import { describe, expect, it } from 'vitest';
import { nearestFirst } from '../../../../src/lib/map/nearest';

const places = [
	{ name: 'Vialas', at: { lat: 44.3335, lon: 3.8958 } },
	{ name: 'Le Pont-de-Montvert', at: { lat: 44.36265, lon: 3.7464 } },
	{ name: 'Le Collet-de-Dèze', at: { lat: 44.2458, lon: 3.9228 } },
];

describe('nearestFirst', () => {
	it('sorts places by distance from the visitor, nearest first, with the distance in metres', () => {
		const fromGenolhac = { lat: 44.3505, lon: 3.9466 };
		const result = nearestFirst(fromGenolhac, places, (place) => place.at);
		expect(result.map(({ item }) => item.name)).toEqual([
			'Vialas',
			'Le Collet-de-Dèze',
			'Le Pont-de-Montvert',
		]);
		// Génolhac to Vialas is about 4.4 km as the crow flies.
		expect(result[0]?.metres).toBeGreaterThan(4_000);
		expect(result[0]?.metres).toBeLessThan(5_000);
	});

	it('returns at most `limit` places', () => {
		expect(nearestFirst({ lat: 44.3, lon: 3.8 }, places, (place) => place.at, 2)).toHaveLength(2);
	});

	it('keeps the input order for places at the same distance', () => {
		const twins = [
			{ name: 'a', at: { lat: 44.3, lon: 3.8 } },
			{ name: 'b', at: { lat: 44.3, lon: 3.8 } },
		];
		expect(
			nearestFirst({ lat: 44.2, lon: 3.8 }, twins, (place) => place.at).map(
				({ item }) => item.name,
			),
		).toEqual(['a', 'b']);
	});
});
