/**
 * The map itself, loaded by <place-map> only once the map is on screen: Leaflet, the tiles, the
 * layers' GeoJSON, clustering (supercluster, one index per layer) and the accessible markers.
 *
 * Markers are drawn only for what is in view (plus a margin), and kept from one view to the next
 * by key, so that a focused marker stays focused while the map pans to it.
 */
import {
	control,
	divIcon,
	latLngBounds,
	map as createMap,
	marker as createMarker,
	polyline,
	popup as createPopup,
	tileLayer,
	type LatLngExpression,
	type Layer,
	type Map as LeafletMap,
	type Marker,
} from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster from 'supercluster';
import type { ClientLayer, ClientMapConfig } from '../../../lib/map/client-config';
import type { PlaceCollection, PlaceFeature, PlaceProperties } from '../../../lib/map/geojson';
import { pointOf } from '../../../lib/map/geojson';
import { nearest as nearestTo } from '../../../lib/geo/nearest';
import { cooperativeGestures } from './gestures';
import { renderNearby } from './nearby';
import { fill } from './text';

/** How many places "around me" lists. */
const NEARBY_LIMIT = 10;

interface LayerState {
	config: ClientLayer;
	features: PlaceFeature[];
	index: Supercluster<PlaceProperties>;
	visible: boolean;
}

/** A place "around me", with its distance from the visitor in metres. */
export interface Nearby<T> {
	item: T;
	metres: number;
}

export interface NearbyPlace {
	layer: ClientLayer;
	feature: PlaceFeature;
}

export interface MapController {
	setLayerVisible(id: string, visible: boolean): void;
	/**
	 * Centres the map on the visitor and the places nearest to them (visible layers only), lists
	 * those places, and returns them.
	 */
	showNearby(lat: number, lon: number): Nearby<NearbyPlace>[];
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type ClusterFeature = ReturnType<Supercluster<PlaceProperties>['getClusters']>[number];

const svgMarker = (color: string, content: string) =>
	`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="11" fill="${color}"/>${content}</svg>`;

const symbolPath = (symbol: string) =>
	`<path d="${symbol}" fill="#fff" transform="translate(4.5 4.5) scale(.625)"/>`;

/** What <place-map> started loading in parallel with this module. */
export interface MapInputs {
	/** Layers shown at first (the others' toggles are unchecked). */
	visibleLayers: ReadonlySet<string>;
	/** Only places of these kinds (`?kinds=`), when given. */
	kinds?: ReadonlySet<string> | undefined;
	/** Each layer's GeoJSON, in the order of `config.layers`. */
	data: Promise<PlaceCollection>[];
	/** Leaflet's styles and ours. */
	stylesheet: Promise<void>;
}

export async function mountMap(
	host: HTMLElement,
	config: ClientMapConfig,
	{ visibleLayers, kinds, data, stylesheet }: MapInputs,
): Promise<MapController> {
	const canvas = host.querySelector<HTMLElement>('.map-canvas');
	if (!canvas) throw new Error('<place-map> has no .map-canvas');
	await stylesheet;
	// Leaflet's start-up, the tiles and the markers run as separate tasks, so that a slow phone
	// keeps answering taps in between.
	await nextTask();
	const { text } = config;
	const small = config.variant === 'small';
	const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const coarsePointer = matchMedia('(pointer: coarse)').matches;

	const map: LeafletMap = createMap(canvas, {
		zoomControl: false,
		attributionControl: false,
		// Small maps: one finger scrolls the page, two fingers move the map (see gestures.ts).
		dragging: !(small && coarsePointer),
		scrollWheelZoom: !small,
		zoomAnimation: !reducedMotion,
		fadeAnimation: !reducedMotion,
		markerZoomAnimation: !reducedMotion,
		minZoom: 7,
	});
	control.zoom({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map);
	control
		.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' })
		.addAttribution(config.tiles.attribution)
		.addTo(map);
	if ('center' in config.view) map.setView(config.view.center, config.view.zoom);
	else map.fitBounds(config.view.bounds);
	tileLayer(config.tiles.url, {
		maxZoom: config.tiles.maxZoom,
		...(config.tiles.subdomains ? { subdomains: config.tiles.subdomains } : {}),
	}).addTo(map);
	if (small) cooperativeGestures(map, canvas, host.querySelector('.map-hint'), text);
	await nextTask();

	const layers: LayerState[] = await Promise.all(
		config.layers.map(async (layer, position) => {
			const collection = await data[position];
			if (!collection) throw new Error(`No data for layer ${layer.id}`);
			const features = kinds
				? collection.features.filter((feature) => kinds.has(feature.properties.kind))
				: collection.features;
			const index = new Supercluster<PlaceProperties>({
				radius: layer.clusterRadius,
				maxZoom: layer.clusterMaxZoom,
				// Leaflet's tiles are 256 px: with this extent the radius is in screen pixels.
				extent: 256,
			});
			index.load(features);
			return { config: layer, features, index, visible: visibleLayers.has(layer.id) };
		}),
	);

	const markers = new Map<string, Marker>();
	const markerPopup = createPopup({ autoPanPadding: [16, 16], maxWidth: 280 });
	let track: Layer | undefined;
	let popupSource: Marker | undefined;
	let youMarker: Marker | undefined;

	/** Opens a place's popup; from the keyboard, focus moves to its link. */
	function openPlace(
		layer: LayerState,
		feature: PlaceFeature,
		source: Marker,
		fromKeyboard: boolean,
	) {
		const { name, kind, village, url, thumbnail } = feature.properties;
		const content = document.createElement('div');
		content.className = 'pm-popup';
		if (thumbnail) {
			const image = document.createElement('img');
			image.src = thumbnail;
			image.alt = '';
			image.loading = 'lazy';
			content.append(image);
		}
		const title = document.createElement('p');
		title.className = 'pm-popup-name';
		const link = document.createElement('a');
		link.href = url;
		link.textContent = name;
		title.append(link);
		const meta = document.createElement('p');
		meta.className = 'pm-popup-meta';
		meta.textContent = `${config.kinds[kind] ?? kind} · ${village}`;
		content.append(title, meta);
		popupSource = source;
		markerPopup.setLatLng(source.getLatLng()).setContent(content).openOn(map);
		markerPopup
			.getElement()
			?.querySelector('.leaflet-popup-close-button')
			?.setAttribute('aria-label', text.closePopup);
		if (fromKeyboard) link.focus({ preventScroll: true });
		if (feature.properties.track) void showTrack(layer, feature.properties.track);
	}

	async function showTrack(layer: LayerState, url: string) {
		const response = await fetch(url);
		if (!response.ok || !map.hasLayer(markerPopup)) return;
		const line = (await response.json()) as { coordinates?: [number, number][] };
		track?.remove();
		track = polyline(
			(line.coordinates ?? []).map(([lon, lat]): LatLngExpression => [lat, lon]),
			{ color: layer.config.color, weight: 5, opacity: 0.85, interactive: false },
		).addTo(map);
	}

	map.on('popupclose', () => {
		track?.remove();
		track = undefined;
		// Focus was in the popup (its link or close button): give it back to the marker.
		const element = markerPopup.getElement();
		if (element?.contains(document.activeElement) || document.activeElement === document.body) {
			popupSource?.getElement()?.focus({ preventScroll: true });
		}
	});

	/** Zooms into a cluster; from the keyboard, focus moves to the nearest marker it opened into. */
	function openCluster(layer: LayerState, cluster: ClusterFeature, fromKeyboard: boolean) {
		const clusterId = (cluster.properties as { cluster_id: number }).cluster_id;
		const [lon = 0, lat = 0] = cluster.geometry.coordinates;
		const zoom = Math.min(layer.index.getClusterExpansionZoom(clusterId), map.getMaxZoom());
		if (fromKeyboard) {
			map.once('moveend', () => {
				const centre = map.latLngToContainerPoint([lat, lon]);
				let closest: Marker | undefined;
				let best = Infinity;
				for (const [key, candidate] of markers) {
					if (!key.startsWith(`${layer.config.id}/`)) continue;
					const distance = map.latLngToContainerPoint(candidate.getLatLng()).distanceTo(centre);
					if (distance < best) [best, closest] = [distance, candidate];
				}
				closest?.getElement()?.focus({ preventScroll: true });
			});
		}
		map.setView([lat, lon], zoom);
	}

	function makeMarker(layer: LayerState, item: ClusterFeature, key: string): Marker {
		const [lon = 0, lat = 0] = item.geometry.coordinates;
		const properties = item.properties as PlaceProperties & {
			cluster?: boolean;
			point_count?: number;
			point_count_abbreviated?: string | number;
		};
		const { color, symbol } = layer.config;
		let size: number;
		let html: string;
		let label: string;
		let className = `pm-marker pm-layer-${layer.config.id}`;
		if (properties.cluster) {
			const count = properties.point_count ?? 0;
			size = count < 10 ? 44 : count < 100 ? 52 : 60;
			html = svgMarker(
				color,
				`<text x="12" y="12" dy=".35em" text-anchor="middle">${properties.point_count_abbreviated}</text>`,
			);
			label = fill(text.cluster, { count, layer: layer.config.label });
			className += ' pm-cluster';
		} else {
			const prominent = layer.config.prominentKinds.includes(properties.kind);
			const selected = config.selected === key;
			size = prominent || selected ? 52 : 44;
			html = svgMarker(color, symbolPath(symbol));
			label = fill(text.marker, {
				name: properties.name,
				kind: config.kinds[properties.kind] ?? properties.kind,
				village: properties.village,
			});
			if (prominent) className += ' pm-prominent';
			if (selected) className += ' pm-selected';
		}
		const marker = createMarker([lat, lon], {
			icon: divIcon({ className, html, iconSize: [size, size] }),
			keyboard: true,
			title: label,
			riseOnHover: true,
		});
		const activate = (fromKeyboard: boolean) => {
			if (properties.cluster) openCluster(layer, item, fromKeyboard);
			else openPlace(layer, item as PlaceFeature, marker, fromKeyboard);
		};
		marker.on('click', () => activate(false));
		marker.on('add', () => {
			const element = marker.getElement();
			if (!element) return;
			element.setAttribute('aria-label', label);
			element.dataset['key'] = key;
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
	function render() {
		const zoom = Math.round(map.getZoom());
		const bounds = map.getBounds().pad(0.2);
		const bbox: [number, number, number, number] = [
			bounds.getWest(),
			bounds.getSouth(),
			bounds.getEast(),
			bounds.getNorth(),
		];
		const wanted = new Map<string, [LayerState, ClusterFeature]>();
		for (const layer of layers) {
			if (!layer.visible) continue;
			for (const item of layer.index.getClusters(bbox, zoom)) {
				const clusterId = (item.properties as { cluster_id?: number }).cluster_id;
				const key =
					clusterId === undefined
						? `${layer.config.id}/${String(item.id)}`
						: `${layer.config.id}/cluster-${zoom}-${clusterId}`;
				wanted.set(key, [layer, item]);
			}
		}
		for (const [key, marker] of markers) {
			if (!wanted.has(key)) {
				marker.remove();
				markers.delete(key);
			}
		}
		for (const [key, [layer, item]] of wanted) {
			if (markers.has(key)) continue;
			const marker = makeMarker(layer, item, key).addTo(map);
			markers.set(key, marker);
		}
	}

	map.on('moveend', render);
	render();

	return {
		setLayerVisible(id, visible) {
			const layer = layers.find((candidate) => candidate.config.id === id);
			if (!layer || layer.visible === visible) return;
			layer.visible = visible;
			if (
				!visible &&
				popupSource &&
				String(popupSource.getElement()?.dataset['key']).startsWith(`${id}/`)
			) {
				map.closePopup();
			}
			render();
		},
		showNearby(lat, lon) {
			const places = layers
				.filter((layer) => layer.visible)
				.flatMap((layer) => layer.features.map((feature) => ({ layer: layer.config, feature })));
			const nearest = nearestTo(
				places,
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
		},
	};
}
