/**
 * The map's own background when its tiles fail (offline, tile server down or blocked): the
 * communes' outlines (content/reference/communes.geojson, the boundaries the static maps draw)
 * and the villages' names at their centres, in one small GeoJSON file that the map fetches only
 * once a tile has failed. Coordinates are rounded to 4 decimals (about 10 m, finer than a pixel
 * at the zooms where the outlines are read) and repeated points dropped.
 * @see https://www.rfc-editor.org/rfc/rfc7946
 */
import type { AreaGeometry, Ring } from '../geo/polygon';
import { polygonsOf } from '../geo/polygon';
import type { GeoPoint } from '../geo/territory';

export interface BaseMapCommune {
	code: string;
	geometry: AreaGeometry;
}

export interface BaseMapVillage {
	name: string;
	location: GeoPoint;
	/** Where labels collide, the larger village's name is the one shown. */
	population: number;
}

export interface BaseMapOutline {
	type: 'Feature';
	geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
	properties: { kind: 'commune'; code: string };
}

export interface BaseMapLabel {
	type: 'Feature';
	geometry: { type: 'Point'; coordinates: [number, number] };
	properties: { kind: 'village'; name: string };
}

export interface BaseMapCollection {
	type: 'FeatureCollection';
	features: (BaseMapOutline | BaseMapLabel)[];
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** A ring at 4 decimals, without the points that rounding made equal to the one before. */
function simplifyRing(ring: Ring): number[][] {
	const out: number[][] = [];
	for (const [lon = 0, lat = 0] of ring) {
		const point = [round(lon), round(lat)];
		const last = out.at(-1);
		if (last && last[0] === point[0] && last[1] === point[1]) continue;
		out.push(point);
	}
	return out;
}

/** The outlines of the communes and the names of the villages (largest first), to serialise. */
export function baseMapCollection(
	communes: readonly BaseMapCommune[],
	villages: readonly BaseMapVillage[],
): BaseMapCollection {
	const outlines: BaseMapOutline[] = communes.map(({ code, geometry }) => ({
		type: 'Feature',
		geometry: {
			type: 'MultiPolygon',
			coordinates: polygonsOf(geometry)
				.map((polygon) => polygon.map(simplifyRing).filter((ring) => ring.length >= 4))
				.filter((polygon) => polygon.length > 0),
		},
		properties: { kind: 'commune', code },
	}));
	// Largest first: the map shows names in this order, leaving out those that would overlap.
	const labels: BaseMapLabel[] = [...villages]
		.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'fr'))
		.map(({ name, location }) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [round(location.lon), round(location.lat)] },
			properties: { kind: 'village', name },
		}));
	return { type: 'FeatureCollection', features: [...outlines, ...labels] };
}
