/** The shapes shared by the GPX reader, the track statistics and the exports. */
import { boundsOf as geoBoundsOf } from '../geo/polygon';

/** One recorded position of a track. */
export interface TrackPoint {
	/** Latitude in decimal degrees (WGS84). */
	lat: number;
	/** Longitude in decimal degrees (WGS84). */
	lon: number;
	/** Altitude in metres, when the track has one. */
	ele?: number | undefined;
}

/** A named point along the way (GPX `wpt`). */
export interface Waypoint {
	lat: number;
	lon: number;
	ele?: number | undefined;
	name: string;
	description?: string | undefined;
	/** What kind of place it is (GPX `type`), e.g. "viewpoint". */
	type?: string | undefined;
}

/** The smallest box holding a set of points. */
export interface Bounds {
	minLat: number;
	minLon: number;
	maxLat: number;
	maxLon: number;
}

export function boundsOf(points: readonly { lat: number; lon: number }[]): Bounds {
	if (points.length === 0) throw new Error('No points: a bounding box needs at least one');
	const box = geoBoundsOf([], [...points]);
	return { minLat: box.south, minLon: box.west, maxLat: box.north, maxLon: box.east };
}
