/**
 * The map itself, loaded by <place-map> only once the map is on screen: Leaflet, the tiles, the
 * layers' GeoJSON, clustering and the accessible markers.
 *
 * All visible layers are clustered together (supercluster), so that markers of different layers
 * never pile up on a village and every marker keeps a target a finger can hit. Places of an
 * "anchor" layer (the offices) stay visible when zoomed out: a cluster that holds exactly one of
 * them is drawn as that place, with the number of places around it.
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
	polygon,
	polyline,
	popup as createPopup,
	tileLayer,
	type FitBoundsOptions,
	type LatLngExpression,
	type LatLngTuple,
	type Layer,
	type Map as LeafletMap,
	type Marker,
} from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster from 'supercluster';
import type { ClientLayer, ClientMapConfig } from '../../../lib/map/client-config';
import type { PlaceCollection, PlaceFeature } from '../../../lib/map/geojson';
import { pointOf } from '../../../lib/map/geojson';
import { nearest as nearestTo } from '../../../lib/geo/nearest';
import { mergeSummary, placeSummary, type ClusterSummary } from '../../../lib/map/cluster-summary';
import { watchTiles } from './base-map';
import { announcer, closeOnEscape, placeAfter, quietLeaflet } from './access';
import { cooperativeGestures } from './gestures';
import { renderNearby } from './nearby';
import { fill } from './text';

/** How many places "around me" lists. */
const NEARBY_LIMIT = 10;

interface LayerState {
	config: ClientLayer;
	features: PlaceFeature[];
	visible: boolean;
}

/** A place of a layer, as the clustering knows it: "offices/vialas". */
interface Place {
	key: string;
	layer: LayerState;
	feature: PlaceFeature;
}

/** What each point and cluster of the index carries: counts per layer, anchors inside. */
type Summary = ClusterSummary;

type ClusterFeature = ReturnType<Supercluster<{ key: string }, Summary>['getClusters']>[number];

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
	/** The route's GeoJSON, when the map draws one (`config.route`). */
	route?: Promise<RouteCollection> | undefined;
}

/** A hike's or an itinerary's GeoJSON, as far as the map reads it. */
export interface RouteCollection {
	features: {
		geometry:
			| { type: 'LineString'; coordinates: number[][] }
			| { type: 'Point'; coordinates: number[] }
			| { type: 'MultiPolygon'; coordinates: number[][][][] };
		properties: { kind: string; name?: string };
	}[];
}

/**
 * Room kept around a small map's places, so that every marker is whole and clear of the
 * controls: the zoom buttons' column (58 px) and half the largest marker (30 px) on the left,
 * two lines of attribution below, half a marker elsewhere.
 */
const FIT_PADDING: FitBoundsOptions = { paddingTopLeft: [90, 32], paddingBottomRight: [32, 60] };

const toLatLng = ([lon = 0, lat = 0]: number[]): LatLngTuple => [lat, lon];

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const svgMarker = (color: string, content: string) =>
	`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="11" fill="${color}"/>${content}</svg>`;

const symbolPath = (symbol: string) =>
	`<path d="${symbol}" fill="#fff" transform="translate(4.5 4.5) scale(.625)"/>`;

const countText = (count: string | number) =>
	`<text x="12" y="12" dy=".35em" text-anchor="middle">${count}</text>`;

const abbreviate = (count: number) =>
	count >= 10_000
		? `${Math.round(count / 1000)}k`
		: count >= 1000
			? `${(count / 1000).toFixed(1)}k`
			: String(count);

export async function mountMap(
	host: HTMLElement,
	config: ClientMapConfig,
	{ visibleLayers, kinds, data, stylesheet, route }: MapInputs,
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
		maxZoom: config.tiles.maxZoom,
	});
	control.zoom({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map);
	control
		.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' })
		.addAttribution(config.tiles.attribution)
		.addTo(map);
	quietLeaflet(map, canvas);
	const say = announcer(host);
	if ('center' in config.view) map.setView(config.view.center, config.view.zoom);
	// Small maps fit their places inside the controls: a marker on the edge would be cut in half,
	// or hidden under the zoom buttons.
	else if (small) map.fitBounds(config.view.bounds, FIT_PADDING);
	else map.fitBounds(config.view.bounds);
	const tiles = tileLayer(config.tiles.url, {
		maxZoom: config.tiles.maxZoom,
		...(config.tiles.subdomains ? { subdomains: config.tiles.subdomains } : {}),
	}).addTo(map);
	watchTiles(map, tiles, host, { url: config.baseUrl, notice: text.baseUnavailable });
	if (small) cooperativeGestures(map, canvas, host.querySelector('.map-hint'), text);
	await nextTask();

	const layers: LayerState[] = await Promise.all(
		config.layers.map(async (layer, position) => {
			const collection = await data[position];
			if (!collection) throw new Error(`No data for layer ${layer.id}`);
			const features = kinds
				? collection.features.filter((feature) => kinds.has(feature.properties.kind))
				: collection.features;
			return { config: layer, features, visible: visibleLayers.has(layer.id) };
		}),
	);

	const places = new Map<string, Place>();
	for (const layer of layers) {
		for (const feature of layer.features) {
			const key = `${layer.config.id}/${feature.id}`;
			places.set(key, { key, layer, feature });
		}
	}
	const isProminent = ({ layer, feature }: Place) =>
		layer.config.prominentKinds.includes(feature.properties.kind);

	let index = new Supercluster<{ key: string }, Summary>();
	/** Changes whenever the index is rebuilt, so that no cluster marker outlives its index. */
	let generation = 0;

	function buildIndex() {
		generation += 1;
		index = new Supercluster<{ key: string }, Summary>({
			radius: config.clusterRadius,
			// Clusters down to the closest zoom: places at the same spot open as a list there.
			maxZoom: config.tiles.maxZoom,
			// Leaflet's tiles are 256 px: with this extent the radius is in screen pixels.
			extent: 256,
			map: ({ key }) => {
				const place = places.get(key);
				return placeSummary(place?.layer.config.id ?? '', key, {
					anchor: place?.layer.config.anchor ?? false,
					prominent: place ? isProminent(place) : false,
				});
			},
			reduce: mergeSummary,
		});
		index.load(
			layers
				.filter((layer) => layer.visible)
				.flatMap((layer) =>
					layer.features.map((feature) => ({
						type: 'Feature' as const,
						geometry: feature.geometry,
						properties: { key: `${layer.config.id}/${feature.id}` },
					})),
				),
		);
	}

	const markers = new Map<string, Marker>();
	const markerPopup = createPopup({ autoPanPadding: [16, 16], maxWidth: 280 });
	let track: Layer | undefined;
	/** The place whose track is drawn (or on its way), and the tracks already fetched. */
	let trackOf: string | undefined;
	let openKey: string | undefined;
	const tracks = new Map<string, Promise<LatLngExpression[]>>();
	let popupSource: Marker | undefined;
	let youMarker: Marker | undefined;

	function placeLabel({ feature }: Place): string {
		const { name, kind, village } = feature.properties;
		return fill(text.marker, { name, kind: config.kinds[kind] ?? kind, village });
	}

	function link(url: string, label: string): HTMLAnchorElement {
		const anchor = document.createElement('a');
		anchor.href = url;
		anchor.textContent = label;
		return anchor;
	}

	function paragraph(className: string, ...content: (Node | string)[]): HTMLParagraphElement {
		const element = document.createElement('p');
		element.className = className;
		element.append(...content);
		return element;
	}

	function openPopup(source: Marker, content: HTMLElement, focus: HTMLElement | null) {
		popupSource = source;
		markerPopup.setLatLng(source.getLatLng()).setContent(content).openOn(map);
		placeAfter(markerPopup, source);
		markerPopup
			.getElement()
			?.querySelector('.leaflet-popup-close-button')
			?.setAttribute('aria-label', text.closePopup);
		focus?.focus({ preventScroll: true });
	}

	/** A place's popup; with `around`, a button that zooms into the places around it. */
	function openPlace(place: Place, source: Marker, fromKeyboard: boolean, around?: () => void) {
		const {
			name,
			kind,
			village,
			url,
			thumbnail,
			track: trackUrl,
			sample,
		} = place.feature.properties;
		const content = document.createElement('div');
		content.className = 'pm-popup';
		if (thumbnail) {
			const image = document.createElement('img');
			image.src = thumbnail;
			image.alt = '';
			image.loading = 'lazy';
			content.append(image);
		}
		const title = link(url, name);
		content.append(
			paragraph('pm-popup-name', title),
			paragraph(
				'pm-popup-meta',
				`${sample ? `${text.sampleMark} · ` : ''}${config.kinds[kind] ?? kind} · ${village}`,
			),
		);
		if (around) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'pm-popup-zoom';
			button.textContent = text.zoomAround;
			button.addEventListener('click', () => {
				map.closePopup();
				around();
			});
			content.append(button);
		}
		openPopup(source, content, fromKeyboard ? title : null);
		openKey = place.key;
		if (trackUrl) void showTrack(place, trackUrl);
	}

	/** Places at one spot even at the closest zoom: their list, in a popup. */
	function openList(clusterId: number, source: Marker, fromKeyboard: boolean) {
		const leaves = index.getLeaves(clusterId, 50);
		const content = document.createElement('div');
		content.className = 'pm-popup';
		const list = document.createElement('ul');
		list.className = 'pm-popup-list';
		for (const leaf of leaves) {
			const place = places.get(leaf.properties.key);
			if (!place) continue;
			const item = document.createElement('li');
			item.append(link(place.feature.properties.url, place.feature.properties.name));
			const { kind, sample } = place.feature.properties;
			item.append(
				paragraph(
					'pm-popup-meta',
					`${sample ? `${text.sampleMark} · ` : ''}${config.kinds[kind] ?? ''}`,
				),
			);
			list.append(item);
		}
		content.append(list);
		openPopup(source, content, fromKeyboard ? list.querySelector('a') : null);
	}

	/** Draws a place's track (a GeoJSON LineString), in place of any other. */
	async function showTrack(place: Place, url: string) {
		if (trackOf === place.key) return;
		trackOf = place.key;
		let points = tracks.get(url);
		if (!points) {
			points = fetch(url)
				.then((response) => (response.ok ? response.json() : { coordinates: [] }))
				.then((line: { coordinates?: number[][] }) => (line.coordinates ?? []).map(toLatLng));
			tracks.set(url, points);
		}
		const latLngs = await points.catch(() => []);
		if (trackOf !== place.key) return;
		track?.remove();
		track = polyline(latLngs, {
			color: place.layer.config.color,
			weight: 5,
			opacity: 0.85,
			interactive: false,
		}).addTo(map);
	}

	function hideTrack() {
		trackOf = undefined;
		track?.remove();
		track = undefined;
	}

	/** Hovering a hike's marker previews its track; leaving it shows the open popup's again. */
	function previewTrack(place: Place | undefined, hovered: boolean) {
		const open = openKey && map.hasLayer(markerPopup) ? places.get(openKey) : undefined;
		const shown = hovered ? place : open;
		const url = shown?.feature.properties.track;
		if (shown && url) void showTrack(shown, url);
		else hideTrack();
	}

	function drawRoute(
		collection: RouteCollection,
		routeConfig: NonNullable<ClientMapConfig['route']>,
	) {
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

	closeOnEscape(map, canvas, markerPopup, () => popupSource);
	map.on('popupclose', () => {
		openKey = undefined;
		hideTrack();
		// Focus was in the popup (its link or close button): give it back to the marker.
		const element = markerPopup.getElement();
		if (element?.contains(document.activeElement) || document.activeElement === document.body) {
			popupSource?.getElement()?.focus({ preventScroll: true });
		}
	});

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
		const zoom = index.getClusterExpansionZoom(clusterId);
		if (zoom > map.getMaxZoom() || map.getZoom() >= map.getMaxZoom()) {
			openList(clusterId, source, fromKeyboard);
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

	function clusterLabel(summary: Summary, count: number): string {
		const detail = layers
			.filter((layer) => summary.counts[layer.config.id])
			.map((layer) => `${layer.config.label} (${summary.counts[layer.config.id]})`)
			.join(', ');
		return fill(text.cluster, { count, detail });
	}

	/** The marker of a place, of a cluster, or of an anchor place with the places around it. */
	function makeMarker(item: ClusterFeature, key: string): Marker | undefined {
		const [lon = 0, lat = 0] = item.geometry.coordinates;
		const properties = item.properties as Partial<Summary> & {
			key?: string;
			cluster?: boolean;
			cluster_id?: number;
			point_count?: number;
		};
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
			label = clusterLabel(summary, count);
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
			if (!properties.cluster && place) openPlace(place, marker, fromKeyboard);
			else if (place && clusterId !== undefined) {
				openPlace(place, marker, fromKeyboard, () =>
					openCluster(item, clusterId, marker, fromKeyboard),
				);
			} else if (clusterId !== undefined) openCluster(item, clusterId, marker, fromKeyboard);
		};
		marker.on('click', () => activate(false));
		if (place?.feature.properties.track) {
			marker.on('mouseover', () => previewTrack(place, true));
			marker.on('mouseout', () => previewTrack(place, false));
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
	function render() {
		const zoom = Math.round(map.getZoom());
		const bounds = map.getBounds().pad(0.2);
		const wanted = new Map<string, ClusterFeature>();
		for (const item of index.getClusters(
			[bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
			zoom,
		)) {
			const clusterId = (item.properties as { cluster_id?: number }).cluster_id;
			const key =
				clusterId === undefined
					? (item.properties as { key: string }).key
					: `cluster-${generation}-${zoom}-${clusterId}`;
			wanted.set(key, item);
		}
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
	}

	buildIndex();
	map.on('moveend', render);
	render();
	if (route && config.route) drawRoute(await route, config.route);

	return {
		setLayerVisible(id, visible) {
			const layer = layers.find((candidate) => candidate.config.id === id);
			if (!layer || layer.visible === visible) return;
			layer.visible = visible;
			map.closePopup();
			buildIndex();
			render();
			const shown = layers
				.filter((candidate) => candidate.visible)
				.reduce((sum, candidate) => sum + candidate.features.length, 0);
			say(
				shown === 0
					? text.nearbyNone
					: fill(shown === 1 ? text.shownOne : text.shownOther, { count: shown }),
			);
		},
		showNearby(lat, lon) {
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
		},
	};
}
