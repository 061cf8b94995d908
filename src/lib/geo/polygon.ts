/**
 * Commune boundaries as GeoJSON gives them, and the questions the site asks of them: is this
 * point inside, and what box holds these shapes. Coordinates are [longitude, latitude] in GeoJSON
 * order; the site's own points are { lat, lon }.
 * @see https://www.rfc-editor.org/rfc/rfc7946#section-3.1.6
 */
import type { GeoPoint } from './territory';

/** A GeoJSON position: [longitude, latitude]. */
export type Position = [number, number] | number[];

/** A closed ring of positions (the first equals the last). */
export type Ring = Position[];

/** A GeoJSON Polygon: an outer ring, then holes. */
export interface PolygonGeometry {
	type: 'Polygon';
	coordinates: Ring[];
}

/** A GeoJSON MultiPolygon: several polygons (a commune with an exclave). */
export interface MultiPolygonGeometry {
	type: 'MultiPolygon';
	coordinates: Ring[][];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** A box in degrees. */
export interface GeoBounds {
	south: number;
	north: number;
	west: number;
	east: number;
}

/** The polygons of a geometry, each as [outer ring, ...holes]. */
export function polygonsOf(geometry: AreaGeometry): Ring[][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Whether a point lies inside a ring, by ray casting: a ray going east from the point crosses
 * the ring's edges an odd number of times when the point is inside.
 */
export function isPointInRing(point: GeoPoint, ring: Ring): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi = 0, yi = 0] = ring[i] ?? [];
		const [xj = 0, yj = 0] = ring[j] ?? [];
		const crosses = yi > point.lat !== yj > point.lat;
		if (crosses && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** Whether a point lies inside an area: inside one polygon's outer ring and in none of its holes. */
export function isPointInArea(point: GeoPoint, geometry: AreaGeometry): boolean {
	return polygonsOf(geometry).some(
		([outer, ...holes]) =>
			outer !== undefined &&
			isPointInRing(point, outer) &&
			!holes.some((hole) => isPointInRing(point, hole)),
	);
}

/** The smallest box holding every area and point given. */
export function boundsOf(areas: AreaGeometry[], points: GeoPoint[] = []): GeoBounds {
	const bounds: GeoBounds = { south: Infinity, north: -Infinity, west: Infinity, east: -Infinity };
	const add = (lon: number, lat: number) => {
		bounds.south = Math.min(bounds.south, lat);
		bounds.north = Math.max(bounds.north, lat);
		bounds.west = Math.min(bounds.west, lon);
		bounds.east = Math.max(bounds.east, lon);
	};
	for (const area of areas) {
		for (const polygon of polygonsOf(area)) {
			for (const [lon = 0, lat = 0] of polygon[0] ?? []) add(lon, lat);
		}
	}
	for (const point of points) add(point.lon, point.lat);
	if (!Number.isFinite(bounds.south)) throw new Error('boundsOf needs at least one area or point');
	return bounds;
}

const METRES_PER_DEGREE_OF_LATITUDE = 111_195;

/**
 * The box widened by `metres` on every side, then grown around its centre until it spans at
 * least `minimumMetres` each way (a plan of one shop would otherwise be a point).
 */
export function padBounds(bounds: GeoBounds, metres: number, minimumMetres = 0): GeoBounds {
	const middle = (bounds.south + bounds.north) / 2;
	const degreesLat = (m: number) => m / METRES_PER_DEGREE_OF_LATITUDE;
	const degreesLon = (m: number) =>
		m / (METRES_PER_DEGREE_OF_LATITUDE * Math.cos((middle * Math.PI) / 180));
	const padded = {
		south: bounds.south - degreesLat(metres),
		north: bounds.north + degreesLat(metres),
		west: bounds.west - degreesLon(metres),
		east: bounds.east + degreesLon(metres),
	};
	const growLat = Math.max(0, degreesLat(minimumMetres) - (padded.north - padded.south)) / 2;
	const growLon = Math.max(0, degreesLon(minimumMetres) - (padded.east - padded.west)) / 2;
	return {
		south: padded.south - growLat,
		north: padded.north + growLat,
		west: padded.west - growLon,
		east: padded.east + growLon,
	};
}
