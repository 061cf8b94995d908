/**
 * A layer's places as a GeoJSON FeatureCollection (RFC 7946), the file the map fetches. Only the
 * fields the map shows are written, and coordinates are rounded to 5 decimals (about 1 m), so
 * that 10,000 places stay within the 400 kB (gzipped) budget.
 * @see https://www.rfc-editor.org/rfc/rfc7946
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MapKind, MapPlace } from './types';

/** What a feature carries besides its position. */
export interface PlaceProperties {
	name: string;
	kind: MapKind;
	village: string;
	url: string;
	thumbnail?: string;
	track?: string;
	/** Set on sample entries only. */
	sample?: true;
}

/** A place as the map's GeoJSON holds it; `id` is the entry's id. */
export type PlaceFeature = Feature<Point, PlaceProperties> & { id: string };

export interface PlaceCollection extends FeatureCollection<Point, PlaceProperties> {
	features: PlaceFeature[];
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;

export function toFeature(place: MapPlace): PlaceFeature {
	const properties: PlaceProperties = {
		name: place.name,
		kind: place.kind,
		village: place.village,
		url: place.url,
	};
	if (place.thumbnail) properties.thumbnail = place.thumbnail;
	if (place.track) properties.track = place.track;
	if (place.sample) properties.sample = true;
	return {
		type: 'Feature',
		id: place.id,
		// GeoJSON orders positions longitude first.
		geometry: {
			type: 'Point',
			coordinates: [round(place.location.lon), round(place.location.lat)],
		},
		properties,
	};
}

/** The places in a stable order (by id), so that a rebuild with the same content is identical. */
export function toFeatureCollection(places: readonly MapPlace[]): PlaceCollection {
	const sorted = [...places].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { type: 'FeatureCollection', features: sorted.map(toFeature) };
}

/** The text of a layer's GeoJSON file: compact JSON, no whitespace. */
export function serialiseLayer(places: readonly MapPlace[]): string {
	return JSON.stringify(toFeatureCollection(places));
}

/** The position of a feature as { lat, lon }. */
export function pointOf(feature: PlaceFeature): { lat: number; lon: number } {
	const [lon = 0, lat = 0] = feature.geometry.coordinates;
	return { lat, lon };
}
