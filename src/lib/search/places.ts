/**
 * Which villages a page that has no village of its own is about, for the search filters: a hike
 * belongs to every commune its track crosses, the one it starts in first.
 */
import { boundsOf, isPointInArea, type AreaGeometry, type GeoBounds } from '../geo/polygon';
import type { GeoPoint } from '../geo/territory';

export interface VillageArea {
	id: string;
	geometry: AreaGeometry;
}

const inBounds = (point: GeoPoint, box: GeoBounds) =>
	point.lat >= box.south &&
	point.lat <= box.north &&
	point.lon >= box.west &&
	point.lon <= box.east;

/**
 * The ids of the villages whose commune holds at least one of the points, in the order the points
 * first enter them. `step` samples long tracks: every n-th point, and always the last.
 */
export function villagesAlong(
	points: readonly GeoPoint[],
	villages: readonly VillageArea[],
	step = 1,
): string[] {
	const areas = villages.map((village) => ({ ...village, box: boundsOf([village.geometry]) }));
	const found: string[] = [];
	const sampled = points.filter((_, index) => index % step === 0 || index === points.length - 1);
	for (const point of sampled) {
		const area = areas.find(
			(candidate) => inBounds(point, candidate.box) && isPointInArea(point, candidate.geometry),
		);
		if (area && !found.includes(area.id)) found.push(area.id);
	}
	return found;
}
