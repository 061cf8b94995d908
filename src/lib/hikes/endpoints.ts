/**
 * The static download endpoints of the hikes (/randonnees/{id}.gpx, .kml, .geojson and their
 * English twins): one response per file, built from the stored track at build time.
 */
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { pathTo } from '../i18n/routes';
import { parkAreas } from '../park/areas';
import { getStages } from '../queries';
import { hikeGpx, hikeKml, hikeMapData, type DownloadContext } from './downloads';

function contextOf(
	api: APIContext,
	hike: CollectionEntry<'hikes'>,
	locale: Locale,
): DownloadContext {
	const site = api.site ?? new URL(api.url.origin);
	return {
		id: hike.id,
		hike: hike.data,
		locale,
		pageUrl: new URL(pathTo({ route: 'hike', id: hike.id }, locale), site).href,
		siteUrl: new URL(pathTo({ route: 'home' }, locale), site).href,
	};
}

const file = (body: string, type: string) =>
	new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });

export function gpxResponse(api: APIContext, locale: Locale): Response {
	const { hike } = api.props as { hike: CollectionEntry<'hikes'> };
	return file(hikeGpx(contextOf(api, hike, locale)), 'application/gpx+xml');
}

export function kmlResponse(api: APIContext, locale: Locale): Response {
	const { hike } = api.props as { hike: CollectionEntry<'hikes'> };
	return file(hikeKml(contextOf(api, hike, locale)), 'application/vnd.google-earth.kml+xml');
}

/** A hike's map data, or an itinerary's: every stage's track, numbered, in one collection. */
export async function geoJsonResponse(api: APIContext, locale: Locale): Promise<Response> {
	const props = api.props as
		| { kind: 'hike'; hike: CollectionEntry<'hikes'> }
		| { kind: 'itinerary'; itinerary: CollectionEntry<'itineraries'> };
	if (props.kind === 'hike') {
		return file(
			JSON.stringify(hikeMapData(contextOf(api, props.hike, locale), parkAreas())),
			'application/geo+json',
		);
	}
	const stages = await getStages(props.itinerary);
	const features = stages.flatMap((stage, index) =>
		hikeMapData(contextOf(api, stage, locale), [])
			.features.filter((feature) => feature.properties.kind !== 'poi')
			.map((feature) => ({ ...feature, properties: { ...feature.properties, stage: index + 1 } })),
	);
	return file(JSON.stringify({ type: 'FeatureCollection', features }), 'application/geo+json');
}

/**
 * The bare track as a GeoJSON LineString ([longitude, latitude] pairs), the shape the shared
 * map's `track` property expects (src/components/map/client/runtime.ts, showTrack).
 */
export function trackResponse(api: APIContext): Response {
	const { hike } = api.props as { hike: CollectionEntry<'hikes'> };
	const coordinates = hike.data.track.points.map((point) => [point.lon, point.lat]);
	return file(JSON.stringify({ type: 'LineString', coordinates }), 'application/geo+json');
}
