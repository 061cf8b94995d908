/**
 * "Around me": the visitor's position on the map, the map centred on them and the places nearest
 * to them, and the list of those places with kind, village and distance.
 */
import {
	divIcon,
	latLngBounds,
	marker as createMarker,
	type Marker,
} from 'leaflet/dist/leaflet-src.esm.js';
import { nearest as nearestTo } from '~/lib/geo/nearest';
import type { ClientMapConfig } from '~/lib/map/client-config';
import { formatDistance } from '~/lib/i18n/format';
import { pointOf } from '~/lib/map/geojson';
import { fill } from './text';
import type { MapContext, MapController, Nearby, NearbyPlace } from './types';

/** How many places "around me" lists. */
const NEARBY_LIMIT = 10;

export function renderNearby(
	section: HTMLElement,
	status: HTMLElement | null,
	nearest: Nearby<NearbyPlace>[],
	config: ClientMapConfig,
): void {
	const list = section.querySelector('ol');
	if (!list) return;
	list.replaceChildren(
		...nearest.map(({ item: { feature }, metres }) => {
			const { name, kind, village, url } = feature.properties;
			const entry = document.createElement('li');
			const link = document.createElement('a');
			link.href = url;
			link.textContent = name;
			const meta = document.createElement('span');
			meta.className = 'meta';
			meta.textContent = `${config.kinds[kind] ?? kind} · ${village}`;
			const distance = document.createElement('strong');
			distance.className = 'distance';
			distance.textContent = fill(config.text.distance, {
				distance: formatDistance(metres, config.locale),
			});
			entry.append(link, meta, distance);
			return entry;
		}),
	);
	section.hidden = nearest.length === 0;
	if (status) {
		status.textContent = nearest.length
			? fill(config.text.nearbyFound, { count: nearest.length })
			: config.text.nearbyNone;
	}
}

/** The map's "around me": what `MapController.showNearby` does. */
export function aroundMe({ map, host, config, layers }: MapContext): MapController['showNearby'] {
	const { text } = config;
	let youMarker: Marker | undefined;
	return (lat, lon) => {
		const candidates = layers
			.filter((layer) => layer.visible)
			.flatMap((layer) => layer.features.map((feature) => ({ layer: layer.config, feature })));
		const nearest = nearestTo(
			candidates,
			{ lat, lon },
			({ feature }) => pointOf(feature),
			NEARBY_LIMIT,
		);
		youMarker?.remove();
		youMarker = createMarker([lat, lon], {
			icon: divIcon({ className: 'pm-you', html: '<span></span>', iconSize: [22, 22] }),
			keyboard: false,
			interactive: false,
			title: text.you,
			zIndexOffset: 2000,
		}).addTo(map);
		youMarker.getElement()?.setAttribute('aria-label', text.you);
		youMarker.getElement()?.setAttribute('role', 'img');
		const focus = latLngBounds([[lat, lon]]);
		for (const { item } of nearest.slice(0, 3)) {
			const { lat: placeLat, lon: placeLon } = pointOf(item.feature);
			focus.extend([placeLat, placeLon]);
		}
		map.fitBounds(focus, { padding: [40, 40], maxZoom: 14 });
		const section = host.querySelector<HTMLElement>('.map-nearby');
		if (section) renderNearby(section, host.querySelector('.map-status'), nearest, config);
		return nearest;
	};
}
