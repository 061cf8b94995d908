/** What the GPX, KML and GeoJSON downloads of a hike hold. */
import type { Bounds, TrackPoint, Waypoint } from './track';

export interface TrackExport {
	/** The hike's name in the download's language. */
	name: string;
	/** A short description in the same language. */
	description: string;
	/** The hike's page. */
	url: string;
	/** Who publishes the file (the tourist office). */
	author: { name: string; url: string };
	/** Where the track comes from, when it is someone else's. */
	credit?: string | undefined;
	/** Keywords (practices, sector). */
	keywords: string[];
	/** The track, with altitudes. */
	points: TrackPoint[];
	/** Start, end and points of interest. */
	waypoints: Waypoint[];
	bounds: Bounds;
}
