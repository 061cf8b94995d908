/**
 * The box around a route's points, with a margin, that a route's map opens on: the whole track in
 * view before the first tile is asked for.
 */
import { boundsOf as boxOf } from '../geo/polygon';
import type { GeoPoint } from '../geo/territory';

export interface Bounds {
	south: number;
	west: number;
	north: number;
	east: number;
}

/** The smallest box holding every point, widened by `margin` of its size on each side. */
export function boundsOf(points: readonly GeoPoint[], margin = 0.05): Bounds {
	if (points.length === 0) throw new Error('boundsOf: no points');
	const { south, west, north, east } = boxOf([], [...points]);
	const dLat = (north - south) * margin;
	const dLon = (east - west) * margin;
	const round = (value: number) => Math.round(value * 1e5) / 1e5;
	return {
		south: round(south - dLat),
		west: round(west - dLon),
		north: round(north + dLat),
		east: round(east + dLon),
	};
}
