/**
 * The map itself, loaded by <place-map> only once the map is on screen: Leaflet, the tiles, then
 * the parts in their own modules — the layers' GeoJSON (layers.ts), clustering (clusters.ts), the
 * accessible markers (markers.ts), their popups and lists (popups.ts), hike tracks (tracks.ts),
 * a route (route.ts) and "around me" (nearby.ts). Shared types are in types.ts.
 */
import {
	control,
	map as createMap,
	tileLayer,
	type FitBoundsOptions,
	type Map as LeafletMap,
} from 'leaflet/dist/leaflet-src.esm.js';
import type { ClientMapConfig } from '~/lib/map/client-config';
import { announcer, quietLeaflet } from './access';
import { watchTiles } from './base-map';
import { clusterIndex } from './clusters';
import { cooperativeGestures } from './gestures';
import { loadLayers, placesOf, shownCount } from './layers';
import { placeMarkers } from './markers';
import { aroundMe } from './nearby';
import { popupsOf } from './popups';
import { drawRoute } from './route';
import { fill } from './text';
import { tracksOn } from './tracks';
import type { MapContext, MapController, MapInputs } from './types';

/**
 * Room kept around a small map's places, so that every marker is whole and clear of the
 * controls: the zoom buttons' column (58 px) and half the largest marker (30 px) on the left,
 * two lines of attribution below, half a marker elsewhere.
 */
const FIT_PADDING: FitBoundsOptions = { paddingTopLeft: [90, 32], paddingBottomRight: [32, 60] };

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Leaflet on the canvas: controls, the first view, the tiles, and a small map's gestures. */
function createLeafletMap(
	host: HTMLElement,
	canvas: HTMLElement,
	config: ClientMapConfig,
): LeafletMap {
	const { text } = config;
	const small = config.variant === 'small';
	const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const coarsePointer = matchMedia('(pointer: coarse)').matches;
	const map = createMap(canvas, {
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
	return map;
}

export async function mountMap(
	host: HTMLElement,
	config: ClientMapConfig,
	inputs: MapInputs,
): Promise<MapController> {
	const canvas = host.querySelector<HTMLElement>('.map-canvas');
	if (!canvas) throw new Error('<place-map> has no .map-canvas');
	await inputs.stylesheet;
	// Leaflet's start-up, the tiles and the markers run as separate tasks, so that a slow phone
	// keeps answering taps in between.
	await nextTask();
	const map = createLeafletMap(host, canvas, config);
	const say = announcer(host);
	await nextTask();

	const layers = await loadLayers(config, inputs);
	const context: MapContext = {
		map,
		host,
		canvas,
		config,
		layers,
		places: placesOf(layers),
		say,
	};
	const index = clusterIndex(context);
	const tracks = tracksOn(map);
	const render = placeMarkers(context, index, popupsOf(context, tracks), tracks);

	index.rebuild();
	map.on('moveend', render);
	render();
	if (inputs.route && config.route) drawRoute(map, await inputs.route, config.route);

	const { text } = config;
	return {
		setLayerVisible(id, visible) {
			const layer = layers.find((candidate) => candidate.config.id === id);
			if (!layer || layer.visible === visible) return;
			layer.visible = visible;
			map.closePopup();
			index.rebuild();
			render();
			const shown = shownCount(layers);
			say(
				shown === 0
					? text.nearbyNone
					: fill(shown === 1 ? text.shownOne : text.shownOther, { count: shown }),
			);
		},
		showNearby: aroundMe(context),
	};
}
