import { distanceInMetres } from './distance';
import type { GeoPoint } from './territory';

/** The `count` items closest to `from`, nearest first, each with its distance in metres. */
export function nearest<T>(
	items: readonly T[],
	from: GeoPoint,
	locate: (item: T) => GeoPoint,
	count: number,
): { item: T; metres: number }[] {
	return items
		.map((item) => ({ item, metres: distanceInMetres(from, locate(item)) }))
		.sort((a, b) => a.metres - b.metres)
		.slice(0, count);
}
