/** A hike's or an itinerary's route on the map: its line, its area, its start, end and points of interest. */
import {
	divIcon,
	marker as createMarker,
	polygon,
	polyline,
	type LatLngTuple,
	type Map as LeafletMap,
} from 'leaflet/dist/leaflet-src.esm.js';
import type { ClientMapConfig } from '~/lib/map/client-config';
import { svgMarker } from './icons';
import { fill } from './text';
import type { RouteCollection } from './types';

/** A GeoJSON position ([lon, lat]) as Leaflet wants it ([lat, lon]). */
export const toLatLng = ([lon = 0, lat = 0]: number[]): LatLngTuple => [lat, lon];

export function drawRoute(
	map: LeafletMap,
	collection: RouteCollection,
	routeConfig: NonNullable<ClientMapConfig['route']>,
): void {
	const { color } = routeConfig;
	for (const { geometry, properties } of collection.features) {
		if (geometry.type === 'LineString') {
			polyline(geometry.coordinates.map(toLatLng), {
				color,
				weight: 5,
				opacity: 0.9,
				interactive: false,
			}).addTo(map);
		} else if (geometry.type === 'MultiPolygon') {
			polygon(
				geometry.coordinates.map((shape) => shape.map((ring) => ring.map(toLatLng))),
				{ color: '#17422a', weight: 2, dashArray: '6 4', fillOpacity: 0.08, interactive: false },
			).addTo(map);
		} else {
			const label = routeConfig[properties.kind as 'start' | 'end' | 'poi'];
			if (!label) continue;
			const poi = properties.kind === 'poi';
			const point = createMarker(toLatLng(geometry.coordinates), {
				icon: divIcon({
					className: `pm-route-point pm-route-${properties.kind}`,
					html: svgMarker(poi ? '#1f5f7a' : properties.kind === 'start' ? '#17422a' : color, ''),
					iconSize: poi ? [18, 18] : [26, 26],
				}),
				keyboard: false,
				interactive: false,
				zIndexOffset: poi ? 0 : 500,
			}).addTo(map);
			const element = point.getElement();
			element?.setAttribute('role', 'img');
			element?.setAttribute('aria-label', fill(label, { name: properties.name ?? '' }));
		}
	}
}
