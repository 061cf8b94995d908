/**
 * The markers of places and clusters. Places of an "anchor" layer (the offices) stay visible when
 * zoomed out: a cluster that holds exactly one of them is drawn as that place, with the number of
 * places around it. Markers are drawn only for what is in view (plus a margin), and kept from one
 * view to the next by key, so that a focused marker stays focused while the map pans to it.
 */
import { divIcon, marker as createMarker, type Marker } from 'leaflet/dist/leaflet-src.esm.js';
import { clusterLabel, type ClusterIndex } from './clusters';
import { abbreviate, countText, svgMarker, symbolPath } from './icons';
import { isProminent } from './layers';
import type { Popups } from './popups';
import { fill } from './text';
import type { Tracks } from './tracks';
import type { ClusterFeature, MapContext, Place, Summary } from './types';

/** What a point or a cluster of the index carries, as supercluster gives it. */
type ItemProperties = Partial<Summary> & {
	key?: string;
	cluster?: boolean;
	cluster_id?: number;
	point_count?: number;
};

/** Draws the markers of the current view; returns the function that redraws them. */
export function placeMarkers(
	context: MapContext,
	index: ClusterIndex,
	popups: Popups,
	tracks: Tracks,
): () => void {
	const { map, config, layers, places, say } = context;
	const { text } = config;
	const markers = new Map<string, Marker>();

	function placeLabel({ feature }: Place): string {
		const { name, kind, village } = feature.properties;
		return fill(text.marker, { name, kind: config.kinds[kind] ?? kind, village });
	}

	/**
	 * Zooms into a cluster; from the keyboard, focus moves to the marker nearest to where the
	 * cluster was. At the closest zoom, its places open as a list instead.
	 */
	function openCluster(
		cluster: ClusterFeature,
		clusterId: number,
		source: Marker,
		fromKeyboard: boolean,
	) {
		const [lon = 0, lat = 0] = cluster.geometry.coordinates;
		const zoom = index.expansionZoom(clusterId);
		if (zoom > map.getMaxZoom() || map.getZoom() >= map.getMaxZoom()) {
			const listed = index
				.leafKeys(clusterId, 50)
				.map((key) => places.get(key))
				.filter((place): place is Place => place !== undefined);
			popups.openList(listed, source, fromKeyboard);
			return;
		}
		map.once('moveend', () =>
			say(
				fill(text.zoomedCluster, {
					count: (cluster.properties as { point_count?: number }).point_count ?? 1,
				}),
			),
		);
		if (fromKeyboard) {
			map.once('moveend', () => {
				const centre = map.latLngToContainerPoint([lat, lon]);
				let closest: Marker | undefined;
				let best = Infinity;
				for (const candidate of markers.values()) {
					const distance = map.latLngToContainerPoint(candidate.getLatLng()).distanceTo(centre);
					if (distance < best) [best, closest] = [distance, candidate];
				}
				closest?.getElement()?.focus({ preventScroll: true });
			});
		}
		map.setView([lat, lon], zoom);
	}

	/** The marker of a place, of a cluster, or of an anchor place with the places around it. */
	function makeMarker(item: ClusterFeature, key: string): Marker | undefined {
		const [lon = 0, lat = 0] = item.geometry.coordinates;
		const properties = item.properties as ItemProperties;
		const clusterId = properties.cluster_id;
		const count = properties.point_count ?? 1;
		const summary = properties as Summary;
		// A place: itself; a cluster around exactly one anchor: that anchor.
		const placeKey = properties.cluster
			? summary.anchors === 1
				? summary.anchorKey
				: undefined
			: properties.key;
		const place = placeKey ? places.get(placeKey) : undefined;
		let size: number;
		let html: string;
		let label: string;
		let className = 'pm-marker';
		if (place) {
			const prominent = isProminent(place);
			const selected = config.selected === place.key;
			size = prominent || selected ? 52 : 44;
			html = svgMarker(place.layer.config.color, symbolPath(place.layer.config.symbol));
			label = placeLabel(place);
			className += ` pm-layer-${place.layer.config.id}`;
			if (prominent) className += ' pm-prominent';
			if (selected) className += ' pm-selected';
			if (properties.cluster) {
				html += `<span class="pm-badge" aria-hidden="true">+${abbreviate(count - 1)}</span>`;
				label = fill(text.anchorCluster, { place: label, count: count - 1 });
				className += ' pm-anchor';
			}
		} else if (clusterId !== undefined) {
			const layerIds = Object.keys(summary.counts);
			const single =
				layerIds.length === 1 ? layers.find((layer) => layer.config.id === layerIds[0]) : undefined;
			size = count < 10 ? 44 : count < 100 ? 52 : 60;
			html = svgMarker(single?.config.color ?? config.clusterColor, countText(abbreviate(count)));
			label = clusterLabel(context, summary, count);
			className += ` pm-cluster${single ? ` pm-layer-${single.config.id}` : ''}`;
			if (summary.prominent) className += ' pm-prominent';
		} else {
			return undefined;
		}
		const marker = createMarker([lat, lon], {
			icon: divIcon({ className, html, iconSize: [size, size] }),
			keyboard: true,
			riseOnHover: true,
		});
		const activate = (fromKeyboard: boolean) => {
			if (!properties.cluster && place) popups.openPlace(place, marker, fromKeyboard);
			else if (place && clusterId !== undefined) {
				popups.openPlace(place, marker, fromKeyboard, () =>
					openCluster(item, clusterId, marker, fromKeyboard),
				);
			} else if (clusterId !== undefined) openCluster(item, clusterId, marker, fromKeyboard);
		};
		marker.on('click', () => activate(false));
		if (place?.feature.properties.track) {
			marker.on('mouseover', () => tracks.preview(place, true, popups.openPlaceNow()));
			marker.on('mouseout', () => tracks.preview(place, false, popups.openPlaceNow()));
		}
		marker.on('add', () => {
			const element = marker.getElement();
			if (!element) return;
			element.setAttribute('aria-label', label);
			element.dataset['key'] = key;
			if (place) element.dataset['place'] = place.key;
			element.addEventListener('keydown', (event) => {
				if (event.key !== 'Enter' && event.key !== ' ') return;
				event.preventDefault();
				event.stopPropagation();
				activate(true);
			});
			// A focused marker comes above its neighbours, so its focus ring is never hidden.
			element.addEventListener('focus', () => marker.setZIndexOffset(1000));
			element.addEventListener('blur', () => marker.setZIndexOffset(0));
		});
		return marker;
	}

	/** Draws the markers and clusters of the visible layers in the current view. */
	return function render() {
		const zoom = Math.round(map.getZoom());
		const bounds = map.getBounds().pad(0.2);
		const wanted = index.inView(
			[bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
			zoom,
		);
		for (const [key, marker] of markers) {
			if (!wanted.has(key)) {
				marker.remove();
				markers.delete(key);
			}
		}
		for (const [key, item] of wanted) {
			if (markers.has(key)) continue;
			const marker = makeMarker(item, key)?.addTo(map);
			if (marker) markers.set(key, marker);
		}
	};
}
