import { describe, expect, it } from 'vitest';
import { distanceInMetres } from '../../../../src/lib/geo/distance';
import { GridIndex } from '../../../../src/lib/geo/grid';
import { seededRandom } from '../../../../scripts/feed/sample/random';

const random = seededRandom(1);
const places = Array.from({ length: 2000 }, (_, index) => ({
	id: index,
	lat: 44.1 + random.next() * 0.4,
	lon: 3.55 + random.next() * 0.45,
}));

describe('the grid index', () => {
	const index = new GridIndex(places, (place) => place);

	it('finds the same nearest places as comparing every distance', () => {
		for (const from of places.slice(0, 50)) {
			const expected = places
				.filter((place) => place !== from)
				.map((place) => ({ place, metres: distanceInMetres(from, place) }))
				.filter(({ metres }) => metres <= 5_000)
				.sort((a, b) => a.metres - b.metres)
				.slice(0, 6)
				.map(({ place }) => place.id);
			expect(
				index.nearest(from, 6, 5_000, (place) => place === from).map(({ item }) => item.id),
			).toEqual(expected);
		}
	});

	it('returns nothing beyond the radius', () => {
		const far = index.nearest({ lat: 46, lon: 3.8 }, 6, 10_000);
		expect(far).toEqual([]);
	});
});
