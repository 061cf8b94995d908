/**
 * What the browser needs to draw a map, resolved at build time and handed to the map's script in
 * a `data-config` attribute: layers (with the URL of their GeoJSON), translated labels, tiles and
 * the first view. Messages keep `{placeholders}` that the script fills.
 */
import type { GeoPoint } from '../geo/territory';
import type { Locale } from '../i18n/locales';
import { pathTo } from '../i18n/routes';
import type { Translate } from '../i18n/ui';
import {
	CLUSTER_RADIUS,
	DEFAULT_BOUNDS,
	DETAIL_ZOOM,
	MIXED_CLUSTER_COLOR,
	ROUTE_COLOR,
	TILES,
} from './config';
import { MARKER_SYMBOLS } from './symbols';
import type { MapLayerDefinition } from './types';
import { layerDataPath } from './url';

export interface ClientLayer {
	id: string;
	label: string;
	color: string;
	/** SVG path of the layer's symbol (24 × 24). */
	symbol: string;
	prominentKinds: string[];
	anchor: boolean;
	/** Its GeoJSON file. */
	url: string;
}

export interface ClientMapConfig {
	locale: Locale;
	/** "full": the map page; "small": a place's page (cooperative gestures, no wheel zoom). */
	variant: 'full' | 'small';
	layers: ClientLayer[];
	/** Label of every kind: "head-office" → "Siège de l'office". */
	kinds: Record<string, string>;
	tiles: { url: string; attribution: string; maxZoom: number; subdomains?: string };
	/** The communes' outlines and villages' names drawn when tiles fail (src/lib/map/base-map.ts). */
	baseUrl: string;
	/** Markers closer than this (screen pixels) merge into a cluster. */
	clusterRadius: number;
	/** Colour of clusters that mix layers. */
	clusterColor: string;
	/** First view: a centre and zoom (small maps), else the bounds [[south, west], [north, east]]. */
	view:
		{ center: [number, number]; zoom: number } | { bounds: [[number, number], [number, number]] };
	/** The place the page is about, drawn as selected: "offices/vialas". */
	selected?: string;
	/**
	 * A route drawn over the map (a hike's page): the URL of its GeoJSON (tracks as LineStrings,
	 * `start` / `end` / `poi` points, park areas as MultiPolygons) and the labels of its points.
	 */
	route?: { url: string; color: string; start: string; end: string; poi: string };
	text: Record<ClientText, string>;
}

export type ClientText =
	| 'zoomIn'
	| 'zoomOut'
	| 'closePopup'
	| 'cluster'
	| 'anchorCluster'
	| 'zoomAround'
	| 'marker'
	| 'you'
	| 'twoFingers'
	| 'ctrlZoom'
	| 'nearbyFound'
	| 'nearbyNone'
	| 'distance'
	| 'loadError'
	| 'locating'
	| 'locateError'
	| 'zoomedCluster'
	| 'shownOne'
	| 'shownOther'
	| 'sampleMark'
	| 'baseUnavailable';

export interface ClientMapOptions {
	locale: Locale;
	variant: 'full' | 'small';
	layers: readonly MapLayerDefinition[];
	/** Centre of a small map (zoomed to street level). */
	center?: GeoPoint;
	selected?: string;
	/** A route's GeoJSON to draw, and the box around it that the map opens on. */
	route?: { url: string; bounds: { south: number; west: number; north: number; east: number } };
}

export function clientMapConfig(options: ClientMapOptions, t: Translate): ClientMapConfig {
	const { locale, variant, layers, center, selected, route } = options;
	// A route opens on itself; anything else on the territory.
	const box = route?.bounds ?? DEFAULT_BOUNDS;
	const kinds = Object.fromEntries(
		layers.flatMap((layer) => layer.kinds.map((kind) => [kind, t(`map.kind.${kind}`)])),
	);
	const config: ClientMapConfig = {
		locale,
		variant,
		layers: layers.map((layer) => ({
			id: layer.id,
			label: t(layer.label),
			color: layer.marker.color,
			symbol: MARKER_SYMBOLS[layer.marker.symbol],
			prominentKinds: [...(layer.prominentKinds ?? [])],
			anchor: layer.anchor ?? false,
			url: layerDataPath(layer.id, locale),
		})),
		kinds,
		tiles: {
			url: TILES.url,
			attribution: TILES.attribution[locale],
			maxZoom: TILES.maxZoom,
			...(TILES.subdomains ? { subdomains: TILES.subdomains } : {}),
		},
		baseUrl: pathTo({ route: 'mapBase' }, locale),
		clusterRadius: CLUSTER_RADIUS,
		clusterColor: MIXED_CLUSTER_COLOR,
		view: center
			? { center: [center.lat, center.lon], zoom: DETAIL_ZOOM }
			: {
					bounds: [
						[box.south, box.west],
						[box.north, box.east],
					],
				},
		text: {
			zoomIn: t('map.zoomIn'),
			zoomOut: t('map.zoomOut'),
			closePopup: t('map.closePopup'),
			cluster: t('map.cluster', { count: '{count}', detail: '{detail}' }),
			anchorCluster: t('map.anchorCluster', { place: '{place}', count: '{count}' }),
			zoomAround: t('map.zoomAround'),
			marker: t('map.marker', { name: '{name}', kind: '{kind}', village: '{village}' }),
			you: t('map.you'),
			twoFingers: t('map.twoFingers'),
			ctrlZoom: t('map.ctrlZoom'),
			nearbyFound: t('map.nearbyFound', { count: '{count}' }),
			nearbyNone: t('map.nearbyNone'),
			distance: t('map.distance', { distance: '{distance}' }),
			loadError: t('map.loadError'),
			locating: t('map.locating'),
			locateError: t('map.locateError'),
			zoomedCluster: t('map.zoomedCluster', { count: '{count}' }),
			shownOne: t('map.shownOne'),
			shownOther: t('map.shownOther', { count: '{count}' }),
			sampleMark: t('sample.mark'),
			baseUnavailable: t('map.baseUnavailable'),
		},
	};
	if (selected) config.selected = selected;
	if (route) {
		config.route = {
			url: route.url,
			color: ROUTE_COLOR,
			start: t('hike.start', { name: '{name}' }),
			end: t('hike.end', { name: '{name}' }),
			poi: t('map.routePoi', { name: '{name}' }),
		};
	}
	return config;
}
