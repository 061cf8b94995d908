/** "Around me": the places closest to the visitor, with their distance. */
import { distanceInMetres } from '../geo/distance';
import type { GeoPoint } from '../geo/territory';

export interface Nearby<T> {
	item: T;
	/** Great-circle distance from the visitor, in metres. */
	metres: number;
}

/**
 * The `limit` items nearest to `origin`, nearest first; equal distances keep their input order.
 */
export function nearestFirst<T>(
	origin: GeoPoint,
	items: readonly T[],
	positionOf: (item: T) => GeoPoint,
	limit = Infinity,
): Nearby<T>[] {
	return items
		.map((item, index) => ({ item, index, metres: distanceInMetres(origin, positionOf(item)) }))
		.sort((a, b) => a.metres - b.metres || a.index - b.index)
		.slice(0, limit)
		.map(({ item, metres }) => ({ item, metres }));
}
