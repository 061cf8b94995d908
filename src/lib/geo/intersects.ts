/**
 * Whether a track crosses an area: the exact planar test on longitude/latitude, which at the
 * scale of a hike (a few kilometres, far from the poles) gives the same answer as on the sphere
 * for any boundary drawn with vertices metres apart, like the national park's.
 *
 * A line intersects a polygon when one of its points lies inside it, or when one of its segments
 * crosses or touches one of the polygon's rings (a track that cuts a corner of an area without a
 * point inside it still crosses it).
 */

/** [longitude, latitude], GeoJSON order. */
export type Position = readonly [number, number, ...number[]];
/** Outer ring first, then holes (GeoJSON Polygon coordinates). */
export type PolygonCoordinates = readonly (readonly Position[])[];
/** GeoJSON MultiPolygon coordinates. */
export type MultiPolygonCoordinates = readonly PolygonCoordinates[];

export interface Box {
	west: number;
	south: number;
	east: number;
	north: number;
}

export function boxOf(positions: Iterable<Position>): Box {
	const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
	for (const [lon, lat] of positions) {
		box.west = Math.min(box.west, lon);
		box.east = Math.max(box.east, lon);
		box.south = Math.min(box.south, lat);
		box.north = Math.max(box.north, lat);
	}
	return box;
}

export const boxesOverlap = (a: Box, b: Box) =>
	a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;

/** Even-odd rule over all rings, so a point in a hole is outside. Points on an edge count as inside. */
export function pointInPolygon(point: Position, polygon: PolygonCoordinates): boolean {
	const [x, y] = point;
	let inside = false;
	for (const ring of polygon) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (onSegment(point, ring[j]!, ring[i]!)) return true;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

const cross = (o: Position, a: Position, b: Position) =>
	(a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

function onSegment(p: Position, a: Position, b: Position): boolean {
	return (
		cross(a, b, p) === 0 &&
		Math.min(a[0], b[0]) <= p[0] &&
		p[0] <= Math.max(a[0], b[0]) &&
		Math.min(a[1], b[1]) <= p[1] &&
		p[1] <= Math.max(a[1], b[1])
	);
}

/** Whether segments ab and cd share a point (crossing, touching or overlapping). */
export function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
	const d1 = Math.sign(cross(c, d, a));
	const d2 = Math.sign(cross(c, d, b));
	const d3 = Math.sign(cross(a, b, c));
	const d4 = Math.sign(cross(a, b, d));
	if (d1 * d2 < 0 && d3 * d4 < 0) return true;
	return (
		(d1 === 0 && onSegment(a, c, d)) ||
		(d2 === 0 && onSegment(b, c, d)) ||
		(d3 === 0 && onSegment(c, a, b)) ||
		(d4 === 0 && onSegment(d, a, b))
	);
}

export function lineIntersectsPolygon(
	line: readonly Position[],
	polygon: PolygonCoordinates,
): boolean {
	if (!boxesOverlap(boxOf(line), boxOf(polygon[0] ?? []))) return false;
	if (line.some((point) => pointInPolygon(point, polygon))) return true;
	for (let i = 1; i < line.length; i++) {
		for (const ring of polygon) {
			for (let j = 1; j < ring.length; j++) {
				if (segmentsIntersect(line[i - 1]!, line[i]!, ring[j - 1]!, ring[j]!)) return true;
			}
		}
	}
	return false;
}

export function lineIntersectsMultiPolygon(
	line: readonly Position[],
	multiPolygon: MultiPolygonCoordinates,
): boolean {
	return multiPolygon.some((polygon) => lineIntersectsPolygon(line, polygon));
}
