/**
 * A hike as GeoJSON for the map: the track as a LineString (with altitudes), its start and end,
 * its points of interest, and the national park areas it crosses. One FeatureCollection per hike
 * and language, at /randonnees/{id}.geojson and /en/hikes/{id}.geojson.
 * @see https://www.rfc-editor.org/rfc/rfc7946
 */
import type { Position } from '../geo/intersects';
import type { TrackPoint } from './track';

export interface HikeMapPlace {
	name: string;
	lat: number;
	lon: number;
}

export interface HikeMapInput {
	id: string;
	name: string;
	url: string;
	points: readonly TrackPoint[];
	lengthMetres: number;
	ascentMetres: number;
	isLoop: boolean;
	start: HikeMapPlace;
	end: HikeMapPlace;
	pointsOfInterest: (HikeMapPlace & { kind: string; description?: string | undefined })[];
	/** Park areas crossed, with their outline and a one-line rule in the page's language. */
	regulations: {
		id: number;
		name: string;
		rule: string;
		coordinates: readonly (readonly (readonly Position[])[])[];
	}[];
}

const position = (point: { lat: number; lon: number; ele?: number | undefined }) =>
	point.ele === undefined ? [point.lon, point.lat] : [point.lon, point.lat, point.ele];

const pointFeature = (kind: string, place: HikeMapPlace, extra: Record<string, unknown> = {}) => ({
	type: 'Feature' as const,
	geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] },
	properties: { kind, name: place.name, ...extra },
});

export function hikeGeoJson(hike: HikeMapInput) {
	return {
		type: 'FeatureCollection' as const,
		features: [
			{
				type: 'Feature' as const,
				id: hike.id,
				geometry: { type: 'LineString' as const, coordinates: hike.points.map(position) },
				properties: {
					kind: 'track',
					name: hike.name,
					url: hike.url,
					lengthMetres: hike.lengthMetres,
					ascentMetres: hike.ascentMetres,
					isLoop: hike.isLoop,
				},
			},
			pointFeature('start', hike.start),
			...(hike.isLoop ? [] : [pointFeature('end', hike.end)]),
			...hike.pointsOfInterest.map((poi) =>
				pointFeature('poi', poi, {
					category: poi.kind,
					...(poi.description ? { description: poi.description } : {}),
				}),
			),
			...hike.regulations.map((area) => ({
				type: 'Feature' as const,
				geometry: { type: 'MultiPolygon' as const, coordinates: area.coordinates },
				properties: { kind: 'regulation', parkAreaId: area.id, name: area.name, rule: area.rule },
			})),
		],
	};
}
