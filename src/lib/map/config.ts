/**
 * The map's settings: where tiles come from, and the first view. This is the one file to edit to
 * change the background map (see README, "The map"). Tiles are the only thing the site loads from
 * another server, and only once a map is on screen.
 */
import type { Locale } from '../i18n/locales';
import { TERRITORY_BOUNDS } from '../geo/territory';

export interface TileSource {
	/** Leaflet tile URL template: `{z}/{x}/{y}`, and `{s}` for subdomains. */
	url: string;
	/** Credit shown on the map, in each language (HTML: links allowed). */
	attribution: Record<Locale, string>;
	/** The closest zoom the server offers. */
	maxZoom: number;
	/** Subdomains for `{s}`, if the URL has one. */
	subdomains?: string;
}

/**
 * OpenStreetMap's standard tiles (tile usage policy: attribution visible, moderate use).
 * @see https://operations.osmfoundation.org/policies/tiles/
 */
export const OPENSTREETMAP: TileSource = {
	url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
	attribution: {
		fr: '© les contributeurs d’<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
		en: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
	},
	maxZoom: 19,
};

/**
 * IGN's Plan IGN v2 through the Géoplateforme's open WMTS (no key needed; Licence Ouverte).
 * @see https://geoservices.ign.fr/services-geoplateforme-diffusion
 */
export const IGN_PLAN: TileSource = {
	url: 'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
	attribution: {
		fr: '© <a href="https://www.ign.fr/">IGN</a> – Plan IGN',
		en: '© <a href="https://www.ign.fr/">IGN</a> – Plan IGN',
	},
	maxZoom: 19,
};

/**
 * OpenTopoMap: contour lines and hill shading, good for walkers (CC-BY-SA).
 * @see https://opentopomap.org/about
 */
export const OPENTOPOMAP: TileSource = {
	url: 'https://{s}.tile.opentopomap.org/{z}/{x}/{y}.png',
	subdomains: 'abc',
	attribution: {
		fr: 'Données © les contributeurs d’<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>, SRTM – style © <a href="https://opentopomap.org">OpenTopoMap</a> (CC-BY-SA)',
		en: 'Map data © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors, SRTM – style © <a href="https://opentopomap.org">OpenTopoMap</a> (CC-BY-SA)',
	},
	maxZoom: 17,
};

/** The background map of every map on the site. */
export const TILES: TileSource = OPENSTREETMAP;

/** The area the full map opens on when it has nothing else to fit: the territory. */
export const DEFAULT_BOUNDS = TERRITORY_BOUNDS;

/**
 * How close markers (of any layers) may come, in screen pixels, before they merge into a cluster:
 * a little more than a marker, so that none hides another.
 */
export const CLUSTER_RADIUS = 50;

/** Colour of clusters that mix layers: granite (white figures on it: 7.7:1). */
export const MIXED_CLUSTER_COLOR = '#4a5560';

/** Colour of a hike's track on its page's map: a red-brown that stands out on the tiles' greens. */
export const ROUTE_COLOR = '#b23a12';

/** Zoom of the small maps on a place's page (village streets readable). */
export const DETAIL_ZOOM = 14;
